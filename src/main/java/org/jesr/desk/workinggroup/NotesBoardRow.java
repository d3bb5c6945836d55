package org.jesr.desk.workinggroup;

import java.time.Instant;
import java.util.List;
import org.jesr.desk.agenda.SessionType;

/**
 * One line of the organizer's board, or of a rapporteur's own list: a session whose notes are due,
 * where they stand, and which parts of the notes are still empty.
 */
public record NotesBoardRow(
        long sessionId,
        String title,
        SessionType type,
        Instant start,
        Instant end,
        NotesStatus status,
        boolean late,
        List<NotesField> missing) {}
