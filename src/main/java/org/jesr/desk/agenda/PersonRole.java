package org.jesr.desk.agenda;

import java.util.Locale;

/** What a participant does in a session. */
public enum PersonRole {
    CHAIR,
    RAPPORTEUR,
    MEMBER;

    public String translationKey() {
        return "person-role." + name().toLowerCase(Locale.ROOT);
    }
}
