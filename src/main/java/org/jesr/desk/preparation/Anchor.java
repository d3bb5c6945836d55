package org.jesr.desk.preparation;

import org.jesr.desk.base.Translatable;

/** What a milestone's due date is counted from. */
public enum Anchor implements Translatable {
    BEFORE_START,
    AFTER_END,
    FIXED;

    @Override
    public String keyPrefix() {
        return "milestone.anchor";
    }
}
