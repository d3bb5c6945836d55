package org.jesr.desk.preparation;

import org.jesr.desk.base.Translatable;

/** What the secretariat recorded; lateness is worked out from the dates, never typed. */
public enum MilestoneStatus implements Translatable {
    OPEN,
    DONE,
    NOT_APPLICABLE;

    @Override
    public String keyPrefix() {
        return "milestone.status";
    }
}
