package org.jesr.desk.workinggroup;

/**
 * What the current user may do with one session's notes; {@code linked} says whether their account
 * stands for a participant of the review, which is what lets a rapporteur write.
 */
public record NotesAccess(boolean read, boolean write, boolean review, boolean linked) {

    /** Why the notes are read-only for this user: a translation key, for a user who may not write. */
    public String readOnlyReasonKey() {
        return linked ? "notes.readonly.not-rapporteur" : "notes.readonly.not-linked";
    }
}
