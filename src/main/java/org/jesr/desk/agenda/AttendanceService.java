package org.jesr.desk.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.internal.AttendanceRepository;
import org.jesr.desk.agenda.internal.SessionRepository;
import org.jesr.desk.agenda.internal.Viewers;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was in the room. The aide-memoire later cites these counts as the evidence that
 * the review was inclusive, so each person counts once per session and once per review.
 */
@Service
public class AttendanceService {

    static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(1);
    static final Duration CHECK_IN_CLOSES_AFTER = Duration.ofMinutes(30);

    private final AttendanceRepository attendance;
    private final SessionRepository sessions;
    private final ParticipantService participants;
    private final Viewers viewers;
    private final Clock clock;

    AttendanceService(
            AttendanceRepository attendance,
            SessionRepository sessions,
            ParticipantService participants,
            Viewers viewers,
            Clock clock) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.participants = participants;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** One tap by the organizer or rapporteur; checking in twice changes nothing. */
    @PreAuthorize("hasAnyRole('ORGANIZER','RAPPORTEUR')")
    @Transactional
    public void checkIn(long sessionId, long participantId, Attendance.Method method) {
        if (!sessions.existsById(sessionId)) {
            throw new NotFound();
        }
        if (!attendance.existsBySessionIdAndParticipantId(sessionId, participantId)) {
            attendance.saveAndFlush(Attendance.of(sessionId, participantId, clock.instant(), method));
        }
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','RAPPORTEUR')")
    @Transactional
    public void undoCheckIn(long sessionId, long participantId) {
        attendance.findBySessionId(sessionId).stream()
                .filter(a -> a.getParticipantId() == participantId)
                .forEach(attendance::delete);
    }

    /**
     * A signed-in participant checks themselves in by scanning the session's QR code: only into a
     * session they may see, while it is open for check-in (from an hour before it starts until half
     * an hour after it ends, not cancelled or postponed). Anything else gets one answer, whether the
     * session exists or not, so the page tells nobody which sessions there are.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void selfCheckIn(long sessionId) {
        AgendaSession session =
                sessions.findById(sessionId).orElseThrow(() -> new TranslatedException("attendance.error.closed"));
        Viewers.Viewer viewer = viewers.current(session.getReviewId());
        if (!viewer.sees(session) || !openForCheckIn(session)) {
            throw new TranslatedException("attendance.error.closed");
        }
        Long me = viewer.participantId();
        if (me == null) {
            throw new TranslatedException("agenda.error.not-a-participant");
        }
        if (!attendance.existsBySessionIdAndParticipantId(sessionId, me)) {
            attendance.saveAndFlush(Attendance.of(sessionId, me, clock.instant(), Attendance.Method.QR_CODE));
        }
    }

    private boolean openForCheckIn(AgendaSession session) {
        Instant now = clock.instant();
        return session.getStatus() != SessionStatus.CANCELLED
                && session.getStatus() != SessionStatus.POSTPONED
                && !now.isBefore(session.getStart().minus(CHECK_IN_OPENS_BEFORE))
                && !now.isAfter(session.getEnd().plus(CHECK_IN_CLOSES_AFTER));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> present(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .map(Attendance::getParticipantId)
                .collect(Collectors.toSet());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttendanceStats forSession(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(NotFound::new);
        if (!viewers.current(session.getReviewId()).sees(session)) {
            throw new NotFound();
        }
        return stats(attendance.findBySessionId(sessionId).stream()
                .map(Attendance::getParticipantId)
                .toList());
    }

    /** Distinct people who attended at least one session of the review. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttendanceStats forReview(long reviewId) {
        List<Long> sessionIds = sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                .map(AgendaSession::getId)
                .toList();
        return stats(attendance.findBySessionIdIn(sessionIds).stream()
                .map(Attendance::getParticipantId)
                .distinct()
                .toList());
    }

    private AttendanceStats stats(Collection<Long> participantIds) {
        Map<Constituency, Long> counts = new EnumMap<>(Constituency.class);
        for (Constituency c : Constituency.values()) {
            counts.put(c, 0L);
        }
        Map<Long, ParticipantRef> refs = participants.refsById(participantIds);
        participantIds.forEach(id -> {
            ParticipantRef ref = refs.get(id);
            if (ref != null) {
                counts.merge(ref.constituency(), 1L, Long::sum);
            }
        });
        return new AttendanceStats(
                counts, counts.values().stream().mapToLong(Long::longValue).sum());
    }
}
