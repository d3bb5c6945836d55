package org.jesr.desk.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is on in a room now, how long it still runs, and what comes next. A session
 * counts as on when an organizer started it, or when its (possibly delayed) time has
 * come and nobody closed it.
 */
public record NowNext(
        Room room,
        @Nullable AgendaSession current,
        long minutesLeft,
        @Nullable AgendaSession next) {

    public static List<NowNext> of(List<Room> rooms, List<AgendaSession> sessions, Instant now) {
        return rooms.stream()
                .map(room -> forRoom(
                        room,
                        sessions.stream()
                                .filter(s ->
                                        room.getId() != null && room.getId().equals(s.getRoomId()))
                                .toList(),
                        now))
                .toList();
    }

    private static NowNext forRoom(Room room, List<AgendaSession> sessions, Instant now) {
        Optional<AgendaSession> current = sessions.stream()
                .filter(s -> s.getStatus() == SessionStatus.RUNNING
                        || (s.getStatus() == SessionStatus.SCHEDULED
                                && !s.getStart().isAfter(now)
                                && s.getEnd().isAfter(now)))
                .max(Comparator.comparing(AgendaSession::getStart));
        Optional<AgendaSession> next = sessions.stream()
                .filter(s ->
                        s.getStatus() == SessionStatus.SCHEDULED && s.getStart().isAfter(now))
                .filter(s -> current.isEmpty() || !s.id().equals(current.get().getId()))
                .min(Comparator.comparing(AgendaSession::getStart));
        long left = current.map(
                        s -> Math.max(0, Duration.between(now, s.getEnd()).toMinutes()))
                .orElse(0L);
        return new NowNext(room, current.orElse(null), left, next.orElse(null));
    }
}
