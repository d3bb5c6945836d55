package org.jesr.desk.recommendation;

import org.jesr.desk.base.Translatable;

public enum Priority implements Translatable {
    HIGH,
    MEDIUM,
    LOW;

    @Override
    public String keyPrefix() {

        return "priority";
    }
}
