package org.jesr.desk.agenda;

import java.time.Instant;
import org.jesr.desk.base.LiveEvent;
import org.jspecify.annotations.Nullable;

/**
 * Published after a change to the programme is committed; every open screen of the
 * review redraws from it (through {@link org.jesr.desk.base.ui.LiveUpdates}). {@code at} lets us measure how long the change took to arrive.
 */
public record AgendaChanged(long reviewId, @Nullable Long sessionId, String what, Instant at) implements LiveEvent {
}
