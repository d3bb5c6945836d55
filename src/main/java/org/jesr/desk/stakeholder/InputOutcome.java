package org.jesr.desk.stakeholder;

import java.util.Locale;

/** How the secretariat used a written input in the aide-memoire. */
public enum InputOutcome {
    PENDING,
    INTEGRATED,
    PARTLY_INTEGRATED,
    NOTED;

    public String translationKey() {
        return "input.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
