package org.jesr.desk.agenda.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Translator;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The Overview's first lines for everyone: what runs now in each room, or what comes next; the
 * person's own next session; and, for organizers, attendance so far. Read through the agenda's
 * visibility rule like every other list of sessions.
 */
@Component
class NowNextGlance implements DayGlance {

    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final Clock clock;

    NowNextGlance(AgendaService agenda, AttendanceService attendance, Clock clock) {
        this.agenda = agenda;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t) {
        Instant now = clock.instant();
        List<Room> rooms = agenda.rooms(reviewId);
        Map<Long, String> names = rooms.stream().collect(Collectors.toMap(Room::getId, Room::getName));
        List<AgendaSession> sessions = agenda.sessions(reviewId, zone, AgendaFilter.day(null));
        List<Line> lines = new ArrayList<>();
        for (NowNext room : NowNext.of(rooms, sessions, now)) {
            AgendaSession current = room.current();
            if (current != null) {
                lines.add(new Line(
                        "now-" + room.room().getId(),
                        t.t(
                                "glance.running",
                                room.room().getName(),
                                current.getTitle(),
                                Formats.remaining(room.minutesLeft(), locale)),
                        "now",
                        false));
            }
        }
        if (lines.isEmpty()) {
            sessions.stream()
                    .filter(s -> s.isActive()
                            && s.getStatus() == SessionStatus.SCHEDULED
                            && s.getStart().isAfter(now))
                    .min(Comparator.comparing(AgendaSession::getStart))
                    .ifPresent(next -> lines.add(new Line(
                            "next",
                            t.t("glance.next", next.getTitle(), when(next, zone, locale), room(next, names)),
                            "now",
                            false)));
        }
        agenda.mySessions(reviewId).stream()
                .filter(s -> s.isActive() && s.getEnd().isAfter(now))
                .min(Comparator.comparing(AgendaSession::getStart))
                .ifPresent(mine -> lines.add(new Line(
                        "my-next",
                        t.t("glance.my-next", mine.getTitle(), when(mine, zone, locale), room(mine, names)),
                        "session/" + mine.getId(),
                        false)));
        if (CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            lines.add(new Line(
                    "attendance",
                    t.t("glance.attendance", attendance.forReview(reviewId).total()),
                    "today",
                    false));
        }
        return lines;
    }

    private static String when(AgendaSession session, ZoneId zone, Locale locale) {
        return Formats.dayAndTime(session.getStart(), zone, locale);
    }

    private static String room(AgendaSession session, Map<Long, String> names) {
        return session.getRoomId() == null ? "—" : names.getOrDefault(session.getRoomId(), "—");
    }
}
