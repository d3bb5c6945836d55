package org.jesr.desk.recommendation;

import java.util.Locale;

/** What became of an agreed recommendation by the next review, as its responsible body reports it. */
public enum FollowUpStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DROPPED;

    public String translationKey() {
        return "follow-up." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
