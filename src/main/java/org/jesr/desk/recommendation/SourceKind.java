package org.jesr.desk.recommendation;

import org.jesr.desk.base.Translatable;

/** Where a recommendation was first made. */
public enum SourceKind implements Translatable {
    WORKING_GROUP,
    FIELD_VISIT,
    STAKEHOLDER_INPUT,
    PLENARY;

    @Override
    public String keyPrefix() {

        return "source";
    }
}
