package org.jesr.desk.agenda;

import java.util.List;

/** A saved session and what the organizer should still look at. */
public record SaveResult(AgendaSession session, List<AgendaWarning> warnings) {}
