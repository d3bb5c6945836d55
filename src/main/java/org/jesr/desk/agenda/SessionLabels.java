package org.jesr.desk.agenda;

import org.jesr.desk.base.Translator;

/** How a session's live status reads on every screen and in the PDF. */
public final class SessionLabels {

    private SessionLabels() {
    }

    public static String status(AgendaSession session, Translator t) {
        String base = t.t(session.getStatus().translationKey());
        if (session.getStatus() == SessionStatus.SCHEDULED && session.getDelayMinutes() > 0) {
            base = t.t("session-status.delayed", session.getDelayMinutes());
        }
        return session.isMoved() && session.isActive() ? base + " · " + t.t("session-status.moved") : base;
    }
}
