package org.jesr.desk.preparation;

import org.jesr.desk.base.Translatable;

/**
 * The milestones the terms of reference ask for, each with where it usually falls; CUSTOM is one the
 * secretariat adds. Defaults are a starting point: every one can be moved, owned or removed.
 */
public enum MilestoneKind implements Translatable {
    TERMS_OF_REFERENCE_AGREED(Anchor.BEFORE_START, 60),
    INVITATIONS_SENT(Anchor.BEFORE_START, 30),
    WORKING_GROUP_TERMS(Anchor.BEFORE_START, 30),
    FIELD_VISITS_AGREED(Anchor.BEFORE_START, 21),
    /** Worked out from when the performance and financial reports reached the library. */
    PROGRESS_REPORT_SHARED(Anchor.BEFORE_START, 14),
    AIDE_MEMOIRE_CIRCULATED(Anchor.AFTER_END, 30),
    MINISTERIAL_CONFERENCE(Anchor.AFTER_END, 60),
    RESULTS_PRESENTED(Anchor.AFTER_END, 60),
    CUSTOM(Anchor.BEFORE_START, 7);

    private final Anchor anchor;
    private final int offsetDays;

    MilestoneKind(Anchor anchor, int offsetDays) {
        this.anchor = anchor;
        this.offsetDays = offsetDays;
    }

    public Anchor anchor() {
        return anchor;
    }

    public int offsetDays() {
        return offsetDays;
    }

    /** After the meeting days: its date cannot fall before the review ends. */
    public boolean afterTheReview() {
        return anchor == Anchor.AFTER_END;
    }

    @Override
    public String keyPrefix() {
        return "milestone.kind";
    }
}
