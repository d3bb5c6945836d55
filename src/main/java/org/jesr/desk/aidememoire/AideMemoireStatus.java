package org.jesr.desk.aidememoire;

import org.jesr.desk.base.Translatable;

/** DRAFT → IN_CONSULTATION → VALIDATED → FINAL; a FINAL aide-memoire is locked for good. */
public enum AideMemoireStatus implements Translatable {
    DRAFT,
    IN_CONSULTATION,
    VALIDATED,
    FINAL;

    public boolean canMoveTo(AideMemoireStatus next) {
        return next.ordinal() == ordinal() + 1;
    }

    @Override
    public String keyPrefix() {

        return "aide-memoire.status";
    }
}
