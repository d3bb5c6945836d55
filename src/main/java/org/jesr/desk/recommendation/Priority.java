package org.jesr.desk.recommendation;

import java.util.Locale;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    public String translationKey() {
        return "priority." + name().toLowerCase(Locale.ROOT);
    }
}
