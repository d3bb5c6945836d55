package org.jesr.desk.agenda;

import java.util.Locale;

/** Where a session stands on the day; "delayed" and "moved" are shown from the session's own fields. */
public enum SessionStatus {
    SCHEDULED,
    RUNNING,
    DONE,
    POSTPONED,
    CANCELLED;

    /** Still on the programme: neither cancelled nor postponed. */
    public boolean isActive() {
        return this != CANCELLED && this != POSTPONED;
    }

    public String translationKey() {
        return "session-status." + name().toLowerCase(Locale.ROOT);
    }
}
