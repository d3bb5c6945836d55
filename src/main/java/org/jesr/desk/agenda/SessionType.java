package org.jesr.desk.agenda;

import org.jesr.desk.base.Translatable;

/** The kinds of session a JSR programme is made of. */
public enum SessionType implements Translatable {
    PLENARY,
    WORKING_GROUP,
    FIELD_VISIT,
    WRAP_UP,
    DEBRIEF,
    SIDE_MEETING,
    BREAK;

    /** Sessions whose findings must be written up, so they need a rapporteur. */
    public boolean needsRapporteur() {
        return this == WORKING_GROUP || this == FIELD_VISIT;
    }

    @Override
    public String keyPrefix() {

        return "session-type";
    }
}
