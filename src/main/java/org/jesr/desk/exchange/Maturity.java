package org.jesr.desk.exchange;

import org.jesr.desk.base.Translatable;

/** The four-level maturity scale of the self-assessment. */
public enum Maturity implements Translatable {
    LATENT,
    EMERGING,
    ESTABLISHED,
    ADVANCED;

    public int level() {
        return ordinal() + 1;
    }

    @Override
    public String keyPrefix() {

        return "maturity";
    }
}
