package org.jesr.desk.evidence;

import org.jesr.desk.base.Translatable;

/** Whether an indicator improves by going up (enrolment) or down (dropout, pupil-teacher ratio). */
public enum Direction implements Translatable {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    @Override
    public String keyPrefix() {

        return "direction";
    }
}
