package org.jesr.desk.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jesr.desk.agenda.internal.AnnouncementRepository;
import org.jesr.desk.agenda.internal.PerChange;
import org.jesr.desk.agenda.internal.SessionRepository;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's one-tap actions on the day. Each is committed, then pushed to every
 * open screen through {@link org.jesr.desk.base.ui.LiveUpdates}.
 */
@Service
public class LiveControlService {

    private final SessionRepository sessions;
    private final AnnouncementRepository announcements;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;
    private final ReviewService reviews;
    private final PerChange<List<Announcement>> current = new PerChange<>();

    LiveControlService(
            SessionRepository sessions,
            AnnouncementRepository announcements,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit,
            ReviewService reviews) {
        this.audit = audit;
        this.reviews = reviews;
        this.sessions = sessions;
        this.announcements = announcements;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession start(long sessionId) {
        AgendaSession session = find(sessionId);
        ZoneId zone = reviews.find(session.getReviewId()).map(Review::zone).orElse(ZoneId.systemDefault());
        String refusal = startRefusal(session, zone);
        if (refusal != null) {
            throw new TranslatedException(refusal);
        }
        return change(sessionId, "started", s -> s.setStatus(SessionStatus.RUNNING));
    }

    /**
     * Whether Start is open for this session now, so screens offer it only where it would go through.
     * The screen passes its review's zone: one review read per screen, not one per row.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    public boolean startable(AgendaSession session, ZoneId zone) {
        return session.getStatus() == SessionStatus.SCHEDULED && startRefusal(session, zone) == null;
    }

    /**
     * Breaks are not run, and only today's sessions start: a tap on tomorrow's row would tell
     * every follower that it runs now. The day is the review's, in its own time zone.
     */
    private @Nullable String startRefusal(AgendaSession session, ZoneId zone) {
        if (session.getType() == SessionType.BREAK) {
            return "live.error.start-break";
        }
        if (!session.getStart().atZone(zone).toLocalDate().equals(LocalDate.now(clock.withZone(zone)))) {
            return "live.error.start-not-today";
        }
        return null;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession close(long sessionId) {
        return change(sessionId, "closed", s -> s.setStatus(SessionStatus.DONE));
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession postpone(long sessionId) {
        return change(sessionId, "postponed", s -> s.setStatus(SessionStatus.POSTPONED));
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession cancel(long sessionId) {
        return change(sessionId, "cancelled", s -> s.setStatus(SessionStatus.CANCELLED));
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession changeRoom(long sessionId, long roomId) {
        return change(sessionId, "moved", s -> {
            s.setRoomId(roomId);
            s.setMoved(true);
        });
    }

    /**
     * Announces that a session runs late. With {@code shiftFollowing}, the later sessions
     * of the same day in the same room move by the same amount, as a late plenary pushes
     * back what follows it in that hall.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public List<AgendaSession> delay(long sessionId, int minutes, boolean shiftFollowing, ZoneId zone) {
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new TranslatedException("agenda.error.delay-range");
        }
        AgendaSession delayed = find(sessionId);
        Duration by = Duration.ofMinutes(minutes);
        List<AgendaSession> affected = new ArrayList<>();
        if (shiftFollowing && delayed.getRoomId() != null) {
            var day = delayed.getStart().atZone(zone).toLocalDate();
            sessions.findByReviewIdOrderByStartAscTitleAsc(delayed.getReviewId()).stream()
                    .filter(s -> !s.id().equals(delayed.getId()))
                    .filter(s -> delayed.getRoomId().equals(s.getRoomId()) && s.isActive())
                    .filter(s -> s.getStart().isAfter(delayed.getStart()))
                    .filter(s -> s.getStart().atZone(zone).toLocalDate().equals(day))
                    .forEach(affected::add);
        }
        affected.addFirst(delayed);
        for (AgendaSession s : affected) {
            s.shift(by);
            s.setDelayMinutes(s.getDelayMinutes() + minutes);
            s.touch();
        }
        sessions.saveAllAndFlush(affected);
        publish(delayed, "delayed");
        return affected;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Announcement announce(long reviewId, String message, Announcement.Severity severity, Duration validFor) {
        if (message.isBlank() || message.length() > Announcement.MESSAGE_MAX) {
            throw new TranslatedException("agenda.error.announcement");
        }
        TextRules.requireClean(message);
        Instant now = clock.instant();
        Announcement saved = announcements.saveAndFlush(
                Announcement.of(reviewId, message.trim(), severity, now, now.plus(validFor), CurrentUser.name()));
        audit.record(AuditAction.SESSION_STATUS, null, "announcement", message);
        events.publishEvent(new AgendaChanged(reviewId, null, "announcement", now));
        return saved;
    }

    /** Takes an announcement off every screen before it expires (a mistake, news overtaken). */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void withdraw(long announcementId) {
        Announcement announcement = announcements.findById(announcementId).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        announcement.withdraw(now);
        announcements.saveAndFlush(announcement);
        audit.record(AuditAction.SESSION_STATUS, null, "announcement withdrawn", announcement.getMessage());
        events.publishEvent(new AgendaChanged(announcement.getReviewId(), null, "announcement", now));
    }

    /** Puts a withdrawn announcement back until the expiry it had: the undo of {@link #withdraw}. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void reinstate(long announcementId, Instant until) {
        Announcement announcement = announcements.findById(announcementId).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        announcement.reinstate(until);
        announcements.saveAndFlush(announcement);
        audit.record(AuditAction.SESSION_STATUS, null, "announcement reinstated", announcement.getMessage());
        events.publishEvent(new AgendaChanged(announcement.getReviewId(), null, "announcement", now));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Announcement> activeAnnouncements(long reviewId) {
        return announcements.findByReviewIdAndExpiresAtAfterOrderByCreatedAtDesc(reviewId, clock.instant());
    }

    /** The same, for a screen redrawing for a change: all screens redrawing for it share one read. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Announcement> activeAnnouncements(long reviewId, @Nullable AgendaChanged after) {
        return current.get(reviewId, after, () -> List.copyOf(activeAnnouncements(reviewId)));
    }

    private AgendaSession change(long sessionId, String what, Consumer<AgendaSession> action) {
        AgendaSession session = find(sessionId);
        action.accept(session);
        session.touch();
        AgendaSession saved = sessions.saveAndFlush(session);
        publish(saved, what);
        return saved;
    }

    private AgendaSession find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(NotFound::new);
    }

    private void publish(AgendaSession session, String what) {
        audit.record(AuditAction.SESSION_STATUS, session.getId(), session.getTitle(), what);
        events.publishEvent(new AgendaChanged(session.getReviewId(), session.getId(), what, clock.instant()));
    }
}
