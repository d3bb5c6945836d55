package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.workinggroup.NotesBoardRow;
import org.jesr.desk.workinggroup.NotesService;

/**
 * The rapporteur's way to their notes (issue 21: it used to be My agenda, then a session, then a
 * pale bar): every session they report, by day, with where the notes stand and what is still empty.
 */
@Route("my-notes")
@RolesAllowed({AppRoles.RAPPORTEUR, AppRoles.ORGANIZER})
@Menu(order = 3.5, icon = "vaadin:notebook", title = "nav.my-notes")
class MyNotesView extends ReviewPage<Review> {

    MyNotesView(ReviewService reviews, NotesService notes) {
        super("nav.my-notes", reviews.current());
        if (noReview()) {
            return;
        }
        Div days = new Div();
        days.setId("my-notes");
        Map<LocalDate, List<NotesBoardRow>> byDay = notes.mine(review().id()).stream()
                .collect(Collectors.groupingBy(
                        r -> r.start().atZone(review().zone()).toLocalDate(),
                        LinkedHashMap::new,
                        Collectors.toCollection(ArrayList::new)));
        byDay.forEach((day, rows) -> {
            H3 heading = new H3(Formats.weekdayDate(day, getLocale()));
            heading.setId("my-notes-day-" + day);
            heading.addClassName("day-heading");
            CardList<NotesBoardRow> list = new CardList<>("my-notes-" + day, this::card, NotesBoardRow::late);
            list.grid().setAllRowsVisible(true);
            list.setItems(rows);
            list.onOpen(row -> getUI().ifPresent(ui -> ui.navigate(NotesView.class, row.sessionId())));
            days.add(heading, list);
        });
        if (byDay.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-notes.empty"));
            empty.setId("my-notes-empty");
            days.add(empty);
        }
        add(days);
    }

    private CardList.Card card(NotesBoardRow row) {
        return CardList.Card.of(
                row.title(),
                NotesRowTexts.status(this, row),
                NotesRowTexts.missing(this, row),
                Formats.time(row.start(), review().zone(), getLocale()) + "–"
                        + Formats.time(row.end(), review().zone(), getLocale()) + " · "
                        + getTranslation(row.type().translationKey()));
    }
}
