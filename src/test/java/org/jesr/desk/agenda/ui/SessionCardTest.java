package org.jesr.desk.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** A card writes its lines as markup, so everything typed into a session must arrive there as text. */
// With the UI tests, one at a time: Vaadin's mock state is bound to the thread (decision 0029).
@Execution(ExecutionMode.SAME_THREAD)
class SessionCardTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>\"Budget\" & <b>'plans'</b>";

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void markup_in_a_title_a_room_or_a_note_stays_text_on_the_card() {
        SessionSummary session = new SessionSummary(
                7,
                HOSTILE,
                SessionType.PLENARY,
                Instant.parse("2026-03-02T04:00:00Z"),
                Instant.parse("2026-03-02T05:00:00Z"),
                3L,
                null,
                Visibility.PUBLIC,
                SessionStatus.SCHEDULED,
                15,
                false,
                Set.of());
        SessionCard card =
                new SessionCard(session, ZoneId.of("Asia/Karachi"), Map.of(3L, "<script>x()</script>Hall"), () -> {});
        card.note("</span><iframe src=evil>");
        card.highlight("<svg onload=alert(2)>");

        Document shown = Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML"));
        assertThat(shown.body().children())
                .as("only the card's own lines")
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.tagName()).isEqualTo("span"));
        assertThat(shown.select("img, script, iframe, svg, b")).isEmpty();
        assertThat(shown.select("span.title").text()).isEqualTo(HOSTILE);
        assertThat(shown.select("span.meta").text()).endsWith("<script>x()</script>Hall");
        assertThat(shown.select("span.notice").text()).isEqualTo("</span><iframe src=evil>");
        assertThat(shown.select("span.status").attr("data-late")).isEqualTo("true");
    }

    @Test
    void a_card_that_acts_when_chosen_is_a_button_to_the_keyboard_and_a_card_that_only_shows_is_not() {
        SessionSummary session = new SessionSummary(
                8,
                "Plenary",
                SessionType.PLENARY,
                Instant.parse("2026-03-02T04:00:00Z"),
                Instant.parse("2026-03-02T05:00:00Z"),
                null,
                null,
                Visibility.PUBLIC,
                SessionStatus.SCHEDULED,
                0,
                false,
                Set.of());
        int[] chosen = {0};
        SessionCard editable = new SessionCard(session, ZoneId.of("Asia/Karachi"), Map.of(), () -> chosen[0]++);
        com.vaadin.flow.component.UI.getCurrent().add(editable);
        assertThat(editable.getElement().getAttribute("role")).isEqualTo("button");
        assertThat(editable.getElement().getAttribute("tabindex")).isEqualTo("0");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editable);
        assertThat(chosen[0]).isEqualTo(1);

        SessionCard shown = SessionCard.shown(session, ZoneId.of("Asia/Karachi"), Map.of());
        assertThat(shown.getElement().getTag()).isEqualTo("div");
        assertThat(shown.getElement().hasAttribute("role")).isFalse();
        assertThat(shown.getElement().hasAttribute("href")).isFalse();
    }
}
