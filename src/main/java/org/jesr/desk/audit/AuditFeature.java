package org.jesr.desk.audit;

import java.util.Locale;

/** The parts of the review whose changes are logged. */
public enum AuditFeature {
    AGENDA,
    NOTES,
    RECOMMENDATIONS,
    AIDE_MEMOIRE,
    SETUP;

    public String translationKey() {
        return "audit.feature." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
