package org.jesr.desk.agenda;

import java.time.Instant;
import java.util.Set;
import org.jesr.desk.base.LiveEvent;
import org.jspecify.annotations.Nullable;

/**
 * Published after a change to the programme is committed; every open screen of the
 * review redraws from it (through {@link org.jesr.desk.base.ui.LiveUpdates}). {@code at} lets us measure how long the change took to arrive.
 */
public record AgendaChanged(long reviewId, @Nullable Long sessionId, String what, Instant at) implements LiveEvent {

    private static final Set<String> LIVE_STATUS =
            Set.of("started", "closed", "postponed", "cancelled", "moved", "delayed");

    /** Only the announcements changed: the sessions are as they were. */
    public boolean announcementsOnly() {
        return "announcement".equals(what);
    }

    /** Sessions changed their live status, time or room, not their content (title, type, theme, people). */
    public boolean liveStatusOnly() {
        return LIVE_STATUS.contains(what);
    }
}
