package org.jesr.desk.evidence;

import java.util.Locale;

public enum IndicatorStatus {
    ON_TRACK,
    OFF_TRACK,
    NO_DATA;

    public String translationKey() {
        return "indicator-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
