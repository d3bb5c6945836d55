package org.jesr.desk.stakeholder;

import org.jesr.desk.base.Translatable;

/** OPEN and IN_PROGRESS are still owed; SUBMITTED waits for the secretariat; ACCEPTED is done. */
public enum ObligationStatus implements Translatable {
    OPEN,
    IN_PROGRESS,
    SUBMITTED,
    ACCEPTED;

    public boolean owed() {
        return this == OPEN || this == IN_PROGRESS;
    }

    @Override
    public String keyPrefix() {

        return "obligation.status";
    }
}
