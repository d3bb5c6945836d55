package org.jesr.desk.agenda;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jesr.desk.base.Translator;

/**
 * Something another feature wants a participant to see under a session in "My agenda",
 * such as a field visit's departure time. Features that build on the agenda implement it,
 * so the agenda does not depend on them.
 */
public interface SessionNotices {

    Optional<String> noticeFor(AgendaSession session, ZoneId zone, Locale locale, Translator t);
}
