package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.CardList;
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
        CardList<NotesBoardRow> board = new CardList<>(
                "notes-board",
                r -> CardList.Card.of(
                        r.title(),
                        NotesRowTexts.status(this, r),
                        NotesRowTexts.missing(this, r),
                        CardList.join(
                                Formats.dateTime(r.start(), review().zone(), getLocale()),
                                getTranslation(r.type().translationKey()))),
                NotesBoardRow::late);
        board.setEmptyStateText(getTranslation("notes.board-empty"));
        board.setItems(notes.board(review().id()));
        board.onOpen(row -> getUI().ifPresent(ui -> ui.navigate(NotesView.class, row.sessionId())));
        add(board);
    }
}
