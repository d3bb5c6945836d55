package org.jesr.desk.stakeholder;

import org.jesr.desk.base.Translatable;

/** How the secretariat used a written input in the aide-memoire. */
public enum InputOutcome implements Translatable {
    PENDING,
    INTEGRATED,
    PARTLY_INTEGRATED,
    NOTED;

    @Override
    public String keyPrefix() {

        return "input.outcome";
    }
}
