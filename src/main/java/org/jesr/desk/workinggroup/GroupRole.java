package org.jesr.desk.workinggroup;

import java.util.Locale;

public enum GroupRole {
    CO_CHAIR,
    RAPPORTEUR,
    MEMBER;

    public String translationKey() {
        return "group-role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
