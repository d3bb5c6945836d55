package org.jesr.desk.workinggroup;

import org.jesr.desk.base.Translatable;

/** Where a session's notes are in the review: written, handed in, accepted or sent back. */
public enum NotesStatus implements Translatable {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    RETURNED;

    /** Rapporteurs write while the notes are theirs: before submitting, or after they came back. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    @Override
    public String keyPrefix() {

        return "notes-status";
    }
}
