package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.jesr.desk.workinggroup.NotesBoardRow;

/** How the notes board and My notes say where a session's notes stand: one wording for both. */
final class NotesRowTexts {

    private NotesRowTexts() {}

    /** "Submitted" or "Draft · late". */
    static String status(Component c, NotesBoardRow row) {
        return c.getTranslation(row.status().translationKey())
                + (row.late() ? " · " + c.getTranslation("notes.late") : "");
    }

    /** "Still empty: Summary, Agreed actions", or that every part has text. */
    static String missing(Component c, NotesBoardRow row) {
        return row.missing().isEmpty()
                ? c.getTranslation("my-notes.complete")
                : c.getTranslation(
                        "my-notes.missing",
                        row.missing().stream()
                                .map(f -> c.getTranslation(f.translationKey()))
                                .collect(Collectors.joining(", ")));
    }
}
