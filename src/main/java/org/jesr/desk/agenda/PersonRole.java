package org.jesr.desk.agenda;

import org.jesr.desk.base.Translatable;

/** What a participant does in a session. */
public enum PersonRole implements Translatable {
    CHAIR,
    RAPPORTEUR,
    MEMBER;

    @Override
    public String keyPrefix() {

        return "person-role";
    }
}
