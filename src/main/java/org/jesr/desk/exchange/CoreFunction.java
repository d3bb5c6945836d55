package org.jesr.desk.exchange;

import org.jesr.desk.base.Translatable;

/** The five core functions of an effective JSR, from GPE's concept note on cross-country exchanges. */
public enum CoreFunction implements Translatable {
    INCLUSIVE,
    ALIGNED,
    EVIDENCE_BASED,
    MONITORING,
    CHANGE;

    @Override
    public String keyPrefix() {

        return "core-function";
    }
}
