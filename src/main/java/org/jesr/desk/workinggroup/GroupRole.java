package org.jesr.desk.workinggroup;

import org.jesr.desk.base.Translatable;

public enum GroupRole implements Translatable {
    CO_CHAIR,
    RAPPORTEUR,
    MEMBER;

    @Override
    public String keyPrefix() {

        return "group-role";
    }
}
