package org.jesr.desk.agenda;

import org.jesr.desk.base.Translatable;

/** Where a session stands on the day; "delayed" and "moved" are shown from the session's own fields. */
public enum SessionStatus implements Translatable {
    SCHEDULED,
    RUNNING,
    DONE,
    POSTPONED,
    CANCELLED;

    /** Still on the programme: neither cancelled nor postponed. */
    public boolean isActive() {
        return this != CANCELLED && this != POSTPONED;
    }

    @Override
    public String keyPrefix() {

        return "session-status";
    }
}
