package org.jesr.desk.workinggroup;

import java.util.Locale;

/** The free-text parts of a session's notes, each saved and versioned on its own. */
public enum NotesField {
    SUMMARY,
    FINDINGS,
    BOTTLENECKS,
    RECOMMENDATIONS,
    ACTIONS;

    public String translationKey() {
        return "notes-field." + name().toLowerCase(Locale.ROOT);
    }
}
