package org.jesr.desk.workinggroup;

import java.util.Locale;

/** Where a session's notes are in the review: written, handed in, accepted or sent back. */
public enum NotesStatus {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    RETURNED;

    /** Rapporteurs write while the notes are theirs: before submitting, or after they came back. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String translationKey() {
        return "notes-status." + name().toLowerCase(Locale.ROOT);
    }
}
