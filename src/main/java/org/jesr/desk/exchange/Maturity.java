package org.jesr.desk.exchange;

import java.util.Locale;

/** The four-level maturity scale of the self-assessment. */
public enum Maturity {
    LATENT,
    EMERGING,
    ESTABLISHED,
    ADVANCED;

    public int level() {
        return ordinal() + 1;
    }

    public String translationKey() {
        return "maturity." + name().toLowerCase(Locale.ROOT);
    }
}
