package org.jesr.desk.agenda;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session as the public page shows it: no people, no notes, nothing restricted. */
public record PublicSession(
        String title,
        SessionType type,
        Instant start,
        Instant end,
        @Nullable String room,
        SessionStatus status) {}
