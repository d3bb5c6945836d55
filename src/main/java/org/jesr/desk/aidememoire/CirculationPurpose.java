package org.jesr.desk.aidememoire;

import java.util.Locale;

/** Why a version was sent: for comments, for action within government, or for the ministerial presentation. */
public enum CirculationPurpose {
    COMMENTS,
    GOVERNMENT_ACTION,
    MINISTERIAL_PRESENTATION;

    public String translationKey() {
        return "am-circulation.purpose." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
