package org.jesr.desk.agenda;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.internal.AgendaRules;
import org.jesr.desk.agenda.internal.FollowRepository;
import org.jesr.desk.agenda.internal.PerChange;
import org.jesr.desk.agenda.internal.ProgrammeCsv;
import org.jesr.desk.agenda.internal.RoomRepository;
import org.jesr.desk.agenda.internal.SessionRepository;
import org.jesr.desk.agenda.internal.Viewers;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme: reading it (each as allowed to see it) and editing it (organizers). */
@Service
public class AgendaService {

    public static final List<String> CSV_COLUMNS = ProgrammeCsv.COLUMNS;

    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final FollowRepository follows;
    private final ParticipantService participants;
    private final ThemeService themes;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;
    private final PerChange<List<SessionSummary>> programmes = new PerChange<>();

    AgendaService(
            SessionRepository sessions,
            RoomRepository rooms,
            FollowRepository follows,
            ParticipantService participants,
            ThemeService themes,
            Viewers viewers,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.rooms = rooms;
        this.follows = follows;
        this.participants = participants;
        this.themes = themes;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    /** The sessions the current user may see, in time order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgendaSession> sessions(long reviewId, ZoneId zone, AgendaFilter filter) {
        Viewers.Viewer viewer = viewers.current(reviewId);
        return sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                .filter(s -> visibleTo(s, viewer))
                .filter(s -> filter.matches(
                        s.getStart().atZone(zone).toLocalDate(), s.getType(), s.getThemeId(), s.getRoomId()))
                .toList();
    }

    /**
     * The programme as agenda screens show it: what the current user may see, in time order. A
     * screen redrawing for a change passes that change, and every screen redrawing for the same
     * change shares one read of the programme (visibility is still applied per person): 300
     * screens each reading the sessions and their people is what made a change slow to reach them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionSummary> programme(
            long reviewId, ZoneId zone, AgendaFilter filter, @Nullable AgendaChanged after) {
        List<SessionSummary> all = programmes.get(
                reviewId,
                after,
                () -> sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                        .map(SessionSummary::of)
                        .toList());
        Viewers.Viewer viewer = viewers.current(reviewId);
        return all.stream()
                .filter(s -> visibleTo(s.visibility(), viewer, s.involved()::contains))
                .filter(s -> filter.matches(s.start().atZone(zone).toLocalDate(), s.type(), s.themeId(), s.roomId()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AgendaSession> session(long sessionId) {
        return sessions.findById(sessionId).filter(s -> visibleTo(s, viewers.current(s.getReviewId())));
    }

    /** What the signed-in user chairs, reports, attends or follows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgendaSession> mySessions(long reviewId) {
        Viewers.Viewer viewer = viewers.current(reviewId);
        Long me = viewer.participantId();
        if (me == null) {
            return List.of();
        }
        var followed = follows.findByParticipantId(me).stream()
                .map(SessionFollow::getSessionId)
                .collect(Collectors.toSet());
        return sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                .filter(s -> s.involves(me) || followed.contains(s.getId()))
                .filter(viewer::sees)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isFollowing(long sessionId) {
        return sessions.findById(sessionId)
                .map(s -> viewers.current(s.getReviewId()).participantId())
                .flatMap(me -> follows.findBySessionIdAndParticipantId(sessionId, me))
                .isPresent();
    }

    /** Follows or unfollows a session; returns whether it is now followed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean toggleFollow(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(NotFound::new);
        Viewers.Viewer viewer = viewers.current(session.getReviewId());
        if (!viewer.sees(session)) {
            throw new NotFound();
        }
        Long me = viewer.participantId();
        if (me == null) {
            throw new TranslatedException("agenda.error.not-a-participant");
        }
        Optional<SessionFollow> existing = follows.findBySessionIdAndParticipantId(sessionId, me);
        existing.ifPresentOrElse(follows::delete, () -> follows.save(SessionFollow.of(sessionId, me)));
        return existing.isEmpty();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Room> rooms(long reviewId) {
        return rooms.findByReviewIdOrderBySortOrderAscNameAsc(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Room saveRoom(Room room) {
        if (room.getName().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        return rooms.saveAndFlush(room);
    }

    /** The editor's warnings for a draft, before it is saved. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<AgendaWarning> check(AgendaSession draft) {
        Map<Long, String> names =
                participants
                        .refsById(draft.getPeople().stream()
                                .map(SessionPerson::participantId)
                                .toList())
                        .values()
                        .stream()
                        .collect(Collectors.toMap(ParticipantRef::id, ParticipantRef::name));
        return AgendaRules.check(draft, sessions.findByReviewIdOrderByStartAscTitleAsc(draft.getReviewId()), names);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SaveResult save(AgendaSession session) {
        if (session.getTitle().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        TextRules.requireClean(session.getTitle(), AgendaSession.TITLE_MAX);
        TextRules.requireClean(session.getDescription(), 4000);
        List<AgendaWarning> warnings = check(session);
        warnings.stream().filter(AgendaWarning::blocking).findFirst().ifPresent(w -> {
            throw new TranslatedException(w.key(), w.args().toArray());
        });
        if (!session.isNew()) {
            session.touch();
        }
        AgendaSession saved = sessions.saveAndFlush(session);
        publish(saved, "edited");
        return new SaveResult(saved, warnings);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SaveResult duplicate(long sessionId) {
        AgendaSession original = sessions.findById(sessionId).orElseThrow(NotFound::new);
        AgendaSession copy = original.copy();
        return save(copy);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void delete(long sessionId) {
        sessions.findById(sessionId).ifPresent(s -> {
            sessions.delete(s);
            publish(s, "deleted");
        });
    }

    /** Imports a programme from CSV: all sessions or none; named rooms and themes are created. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public int importCsv(long reviewId, ZoneId zone, InputStream csv) {
        List<ProgrammeCsv.Row> rows = ProgrammeCsv.read(csv, reviewId, zone, participants.idsByEmail(reviewId));
        Map<String, Long> roomIds = new HashMap<>();
        rooms.findByReviewIdOrderBySortOrderAscNameAsc(reviewId).forEach(r -> roomIds.put(r.getName(), r.getId()));
        Map<String, Long> themeIds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        themes.list(reviewId).forEach(t -> themeIds.put(t.getName(), t.getId()));
        for (ProgrammeCsv.Row row : rows) {
            if (!row.room().isEmpty()) {
                row.session().setRoomId(roomIds.computeIfAbsent(row.room(), name -> {
                    Room room = new Room();
                    room.setReviewId(reviewId);
                    room.setName(name);
                    room.setSortOrder(roomIds.size());
                    return rooms.save(room).getId();
                }));
            }
            if (!row.theme().isEmpty()) {
                row.session()
                        .setThemeId(themeIds.computeIfAbsent(
                                row.theme(),
                                name -> themes.create(reviewId, name).getId()));
            }
        }
        sessions.saveAllAndFlush(rows.stream().map(ProgrammeCsv.Row::session).toList());
        audit.record(AuditAction.PROGRAMME_IMPORTED, reviewId, "", rows.size() + "");
        events.publishEvent(new AgendaChanged(reviewId, null, "imported", clock.instant()));
        return rows.size();
    }

    /** The review's days that have sessions, or none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LocalDate> days(long reviewId, ZoneId zone) {
        return new ArrayList<>(sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                .map(s -> s.getStart().atZone(zone).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static boolean visibleTo(AgendaSession session, Viewers.Viewer viewer) {
        return viewer.sees(session);
    }

    private static boolean visibleTo(Visibility visibility, Viewers.Viewer viewer, LongPredicate involves) {
        return viewer.sees(visibility, involves);
    }

    private void publish(AgendaSession session, String what) {
        audit.record(
                "deleted".equals(what) ? AuditAction.SESSION_DELETED : AuditAction.SESSION_SAVED,
                session.getId(),
                session.getTitle(),
                session.getStart() + " · " + session.getStatus()
                        + (session.getDescription() == null ? "" : " · " + session.getDescription()));
        events.publishEvent(new AgendaChanged(session.getReviewId(), session.getId(), what, clock.instant()));
    }
}
