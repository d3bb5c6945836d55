package org.jesr.desk.evidence;

/** Whether an indicator improves by going up (enrolment) or down (dropout, pupil-teacher ratio). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    public String translationKey() {
        return "direction." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
