package org.jesr.desk.agenda;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an agenda card shows of a session, immutable: safe to share between the screens of
 * everyone following the programme, unlike the entity it is read from.
 */
public record SessionSummary(
        long id,
        String title,
        SessionType type,
        Instant start,
        Instant end,
        @Nullable Long roomId,
        @Nullable Long themeId,
        Visibility visibility,
        SessionStatus status,
        int delayMinutes,
        boolean moved,
        Set<Long> involved) {

    public static SessionSummary of(AgendaSession session) {
        return new SessionSummary(
                session.id(),
                session.getTitle(),
                session.getType(),
                session.getStart(),
                session.getEnd(),
                session.getRoomId(),
                session.getThemeId(),
                session.getVisibility(),
                session.getStatus(),
                session.getDelayMinutes(),
                session.isMoved(),
                session.getPeople().stream().map(SessionPerson::participantId).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isActive() {
        return status.isActive();
    }
}
