package org.jesr.desk.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Narrows the agenda to a day, a type, a theme or a room; empty parts match all. */
public record AgendaFilter(@Nullable LocalDate day, @Nullable SessionType type, @Nullable Long themeId,
                           @Nullable Long roomId) {

    public static AgendaFilter day(@Nullable LocalDate day) {
        return new AgendaFilter(day, null, null, null);
    }
}
