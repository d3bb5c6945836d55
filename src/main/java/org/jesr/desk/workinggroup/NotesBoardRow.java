package org.jesr.desk.workinggroup;

import java.time.Instant;
import org.jesr.desk.agenda.SessionType;

/** One line of the organizer's board: a session whose notes are due, and where they stand. */
public record NotesBoardRow(
        long sessionId, String title, SessionType type, Instant start, Instant end, NotesStatus status, boolean late) {}
