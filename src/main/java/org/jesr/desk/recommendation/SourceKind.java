package org.jesr.desk.recommendation;

import java.util.Locale;

/** Where a recommendation was first made. */
public enum SourceKind {
    WORKING_GROUP,
    FIELD_VISIT,
    STAKEHOLDER_INPUT,
    PLENARY;

    public String translationKey() {
        return "source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
