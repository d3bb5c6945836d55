package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.workinggroup.NotesBoardRow;
import org.jesr.desk.workinggroup.NotesService;

/** The organizer's board: per working-group and field-visit session, submitted, validated or late. */
@Route("notes-board")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 7, icon = "vaadin:clipboard-check", title = "nav.notes-board")
class NotesBoardView extends ReviewPage<Review> {

    NotesBoardView(NotesService notes, ReviewService reviews) {
        super("nav.notes-board", reviews.current());
        if (noReview()) {
            return;
        }
        Grid<NotesBoardRow> grid = new Grid<>(NotesBoardRow.class, false);
        grid.setId("notes-board");
        grid.addColumn(r -> Formats.dateTime(r.start(), review().zone(), getLocale()))
                .setHeader(getTranslation("agenda.start"));
        grid.addColumn(NotesBoardRow::title)
                .setHeader(getTranslation("agenda.session"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.type().translationKey())).setHeader(getTranslation("agenda.type"));
        grid.addColumn(r -> getTranslation(r.status().translationKey())
                        + (r.late() ? " · " + getTranslation("notes.late") : ""))
                .setHeader(getTranslation("agenda.status"));
        grid.setItems(notes.board(review().id()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(NotesView.class, e.getItem().sessionId())));
        add(grid);
    }
}
