package org.jesr.desk.workinggroup;

/** What the current user may do with one session's notes. */
public record NotesAccess(boolean read, boolean write, boolean review) {
}
