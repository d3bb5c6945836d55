package org.jesr.desk.agenda;

/** Side meetings may be restricted to the people named on them and the organizers. */
public enum Visibility {
    PUBLIC,
    RESTRICTED
}
