package org.jesr.desk.stakeholder;

import java.util.Locale;

/** OPEN and IN_PROGRESS are still owed; SUBMITTED waits for the secretariat; ACCEPTED is done. */
public enum ObligationStatus {
    OPEN,
    IN_PROGRESS,
    SUBMITTED,
    ACCEPTED;

    public boolean owed() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String translationKey() {
        return "obligation.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
