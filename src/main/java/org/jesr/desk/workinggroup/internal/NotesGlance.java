package org.jesr.desk.workinggroup.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Translator;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.workinggroup.NotesBoardRow;
import org.jesr.desk.workinggroup.NotesService;
import org.jesr.desk.workinggroup.NotesStatus;
import org.springframework.stereotype.Component;

/** The Overview's notes lines: for organizers, what is late or waits for validation; for rapporteurs, what they owe. */
@Component
class NotesGlance implements DayGlance {

    private final NotesService notes;

    NotesGlance(NotesService notes) {
        this.notes = notes;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t) {
        List<Line> lines = new ArrayList<>();
        if (CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            List<NotesBoardRow> board = notes.board(reviewId);
            long late = board.stream().filter(NotesBoardRow::late).count();
            long waiting = board.stream()
                    .filter(r -> r.status() == NotesStatus.SUBMITTED)
                    .count();
            lines.add(new Line("notes-late", t.t("glance.notes-late", late), "notes-board", late > 0));
            lines.add(new Line("notes-waiting", t.t("glance.notes-waiting", waiting), "notes-board", false));
        }
        List<NotesBoardRow> mine = notes.mine(reviewId).stream()
                .filter(r -> r.status() == NotesStatus.DRAFT || r.status() == NotesStatus.RETURNED)
                .toList();
        if (!mine.isEmpty()) {
            boolean late = mine.stream().anyMatch(NotesBoardRow::late);
            lines.add(new Line("notes-owed", t.t("glance.notes-owed", mine.size()), "my-notes", late));
        }
        return lines;
    }
}
