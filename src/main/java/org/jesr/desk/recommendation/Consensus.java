package org.jesr.desk.recommendation;

import java.util.Locale;

/** What the wrap-up plenary decided about a recommendation; PROPOSED until then, MERGED when folded into another. */
public enum Consensus {
    PROPOSED,
    AGREED,
    AGREED_WITH_RESERVATION,
    DEFERRED,
    DROPPED,
    MERGED;

    public String translationKey() {
        return "consensus." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
