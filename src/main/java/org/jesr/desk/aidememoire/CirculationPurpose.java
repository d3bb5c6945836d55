package org.jesr.desk.aidememoire;

import org.jesr.desk.base.Translatable;

/** Why a version was sent: for comments, for action within government, or for the ministerial presentation. */
public enum CirculationPurpose implements Translatable {
    COMMENTS,
    GOVERNMENT_ACTION,
    MINISTERIAL_PRESENTATION;

    @Override
    public String keyPrefix() {

        return "am-circulation.purpose";
    }
}
