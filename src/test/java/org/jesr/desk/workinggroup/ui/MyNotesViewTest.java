package org.jesr.desk.workinggroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.security.Role;
import org.jesr.desk.workinggroup.NotesBoardRow;
import org.junit.jupiter.api.Test;

class MyNotesViewTest extends KaribuTest {

    @Test
    void a_rapporteur_finds_their_sessions_by_day_with_what_is_still_empty_and_opens_the_notes() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate(MyNotesView.class);

        List<String> days = _find(H3.class).stream()
                .filter(h -> h.hasClassName("day-heading"))
                .map(H3::getText)
                .toList();
        assertThat(days).isNotEmpty().allMatch(day -> day.matches("\\w+day, \\w+ \\d{1,2}, 2026"));
        @SuppressWarnings("unchecked")
        List<CardList<NotesBoardRow>> lists = _find(CardList.class).stream()
                .map(l -> (CardList<NotesBoardRow>) l)
                .toList();
        assertThat(lists).hasSameSizeAs(days);
        List<CardList.Card> cards = lists.stream()
                .flatMap(l -> GridKt._findAll(l.grid()).stream().map(l::card))
                .toList();
        assertThat(cards).extracting(CardList.Card::title).contains("Working group: Quality & Learning (continued)");
        assertThat(cards)
                .allSatisfy(
                        card -> assertThat(card.body()).matches("Still empty: .+|Every part of the notes has text\\."));

        CardList<NotesBoardRow> first = lists.getFirst();
        long session = GridKt._get(first.grid(), 0).sessionId();
        GridKt._clickItem(first.grid(), 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("notes/" + session);
    }

    @Test
    void someone_who_reports_no_session_is_told_how_sessions_get_here_in_french() {
        login("organizer", Role.ORGANIZER);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate(MyNotesView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-notes-empty")).getText())
                .startsWith("Vous n’êtes encore rapporteur d’aucune session.");
    }
}
