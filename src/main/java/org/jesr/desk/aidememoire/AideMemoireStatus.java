package org.jesr.desk.aidememoire;

import java.util.Locale;

/** DRAFT → IN_CONSULTATION → VALIDATED → FINAL; a FINAL aide-memoire is locked for good. */
public enum AideMemoireStatus {
    DRAFT,
    IN_CONSULTATION,
    VALIDATED,
    FINAL;

    public boolean canMoveTo(AideMemoireStatus next) {
        return next.ordinal() == ordinal() + 1;
    }

    public String translationKey() {
        return "aide-memoire.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
