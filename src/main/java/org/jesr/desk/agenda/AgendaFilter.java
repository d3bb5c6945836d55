package org.jesr.desk.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Narrows the agenda to a day, a type, a theme or a room; empty parts match all. */
public record AgendaFilter(
        @Nullable LocalDate day,
        @Nullable SessionType type,
        @Nullable Long themeId,
        @Nullable Long roomId) {

    public static AgendaFilter day(@Nullable LocalDate day) {
        return new AgendaFilter(day, null, null, null);
    }

    boolean matches(LocalDate onDay, SessionType ofType, @Nullable Long inTheme, @Nullable Long inRoom) {
        return (day == null || day.equals(onDay))
                && (type == null || type == ofType)
                && (themeId == null || themeId.equals(inTheme))
                && (roomId == null || roomId.equals(inRoom));
    }
}
