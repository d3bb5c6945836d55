package org.jesr.desk.preparation;

import org.jesr.desk.base.Translatable;

/** Where a milestone stands today, from its due date and when it was done. */
public enum Readiness implements Translatable {
    LATE,
    DUE_SOON,
    UPCOMING,
    DONE,
    DONE_LATE,
    NOT_APPLICABLE;

    /** Within this many days of its due date, an open milestone is due soon. */
    public static final int SOON_DAYS = 7;

    @Override
    public String keyPrefix() {
        return "milestone.readiness";
    }
}
