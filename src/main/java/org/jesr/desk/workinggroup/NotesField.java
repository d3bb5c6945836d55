package org.jesr.desk.workinggroup;

import org.jesr.desk.base.Translatable;

/** The free-text parts of a session's notes, each saved and versioned on its own. */
public enum NotesField implements Translatable {
    SUMMARY,
    FINDINGS,
    BOTTLENECKS,
    RECOMMENDATIONS,
    ACTIONS;

    @Override
    public String keyPrefix() {

        return "notes-field";
    }
}
