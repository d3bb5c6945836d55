package org.jesr.desk.recommendation;

import org.jesr.desk.base.Translatable;

/** What became of an agreed recommendation by the next review, as its responsible body reports it. */
public enum FollowUpStatus implements Translatable {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DROPPED;

    @Override
    public String keyPrefix() {

        return "follow-up";
    }
}
