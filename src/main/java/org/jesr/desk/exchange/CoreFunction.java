package org.jesr.desk.exchange;

import java.util.Locale;

/** The five core functions of an effective JSR, from GPE's concept note on cross-country exchanges. */
public enum CoreFunction {
    INCLUSIVE,
    ALIGNED,
    EVIDENCE_BASED,
    MONITORING,
    CHANGE;

    public String translationKey() {
        return "core-function." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
