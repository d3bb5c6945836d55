package org.jesr.desk.evidence;

import org.jesr.desk.base.Translatable;

public enum IndicatorStatus implements Translatable {
    ON_TRACK,
    OFF_TRACK,
    NO_DATA;

    @Override
    public String keyPrefix() {

        return "indicator-status";
    }
}
