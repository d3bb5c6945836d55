package org.jesr.desk.audit;

import org.jesr.desk.base.Translatable;

/** The parts of the review whose changes are logged. */
public enum AuditFeature implements Translatable {
    AGENDA,
    NOTES,
    RECOMMENDATIONS,
    AIDE_MEMOIRE,
    SETUP;

    @Override
    public String keyPrefix() {

        return "audit.feature";
    }
}
