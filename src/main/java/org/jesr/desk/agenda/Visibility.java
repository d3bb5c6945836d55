package org.jesr.desk.agenda;

import org.jesr.desk.base.Translatable;

/** Side meetings may be restricted to the people named on them and the organizers. */
public enum Visibility implements Translatable {
    PUBLIC,
    RESTRICTED;

    @Override
    public String keyPrefix() {
        return "agenda.visibility";
    }
}
