package org.jesr.desk.recommendation;

import org.jesr.desk.base.Translatable;

/** What the wrap-up plenary decided about a recommendation; PROPOSED until then, MERGED when folded into another. */
public enum Consensus implements Translatable {
    PROPOSED,
    AGREED,
    AGREED_WITH_RESERVATION,
    DEFERRED,
    DROPPED,
    MERGED;

    @Override
    public String keyPrefix() {

        return "consensus";
    }
}
