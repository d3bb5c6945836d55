package org.jesr.desk.agenda;

import java.util.List;

/**
 * Something an organizer should know about a session before relying on it. Only a
 * blocking one (a session that ends before it starts) stops the save.
 */
public record AgendaWarning(String key, List<Object> args, boolean blocking) {

    public static AgendaWarning warn(String key, Object... args) {
        return new AgendaWarning(key, List.of(args), false);
    }

    public static AgendaWarning error(String key, Object... args) {
        return new AgendaWarning(key, List.of(args), true);
    }
}
