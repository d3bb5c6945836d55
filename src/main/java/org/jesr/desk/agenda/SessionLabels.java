package org.jesr.desk.agenda;

import org.jesr.desk.base.Translator;

/** How a session's live status reads on every screen and in the PDF. */
public final class SessionLabels {

    private SessionLabels() {}

    public static String status(AgendaSession session, Translator t) {
        return status(SessionSummary.of(session), t);
    }

    public static String status(SessionSummary session, Translator t) {
        String base = t.t(session.status().translationKey());
        if (session.status() == SessionStatus.SCHEDULED && session.delayMinutes() > 0) {
            base = t.t("session-status.delayed", session.delayMinutes());
        }
        return session.moved() && session.isActive() ? base + " · " + t.t("session-status.moved") : base;
    }
}
