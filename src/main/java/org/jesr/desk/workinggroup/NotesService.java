package org.jesr.desk.workinggroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.workinggroup.internal.NotesRepository;
import org.jesr.desk.workinggroup.internal.RevisionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rapporteurs' notes. Only a rapporteur named on the session (or an organizer) writes
 * them; the session's chair or an organizer validates or returns them. Every save is
 * checked against the version it was based on and kept as a revision.
 */
@Service
public class NotesService {

    /** Notes not submitted this long after their session ended are shown as late. */
    public static final Duration DUE_AFTER = Duration.ofHours(24);

    private static final String READERS = "hasAnyRole('ORGANIZER','RAPPORTEUR','CONTRIBUTOR')";

    private final NotesRepository notes;
    private final RevisionRepository revisions;
    private final AgendaService agenda;
    private final ParticipantService participants;
    private final ReviewService reviews;
    private final Clock clock;
    private final AuditLog audit;

    NotesService(
            NotesRepository notes,
            RevisionRepository revisions,
            AgendaService agenda,
            ParticipantService participants,
            ReviewService reviews,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.notes = notes;
        this.revisions = revisions;
        this.agenda = agenda;
        this.participants = participants;
        this.reviews = reviews;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public NotesAccess access(long sessionId) {
        AgendaSession session = agenda.session(sessionId).orElse(null);
        if (session == null) {
            return new NotesAccess(false, false, false, false);
        }
        boolean organizer = CurrentUser.hasRole(AppRoles.ORGANIZER);
        Long me = participants
                .currentParticipant(session.getReviewId())
                .map(ParticipantRef::id)
                .orElse(null);
        boolean rapporteur = me != null
                && session.getPeople().stream()
                        .anyMatch(p -> p.participantId() == me && p.role() == PersonRole.RAPPORTEUR);
        boolean chair = me != null
                && session.getPeople().stream().anyMatch(p -> p.participantId() == me && p.role() == PersonRole.CHAIR);
        return new NotesAccess(true, organizer || rapporteur, organizer || chair, me != null);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<SessionNotes> find(long sessionId) {
        requireRead(sessionId);
        return notes.findBySessionId(sessionId);
    }

    /**
     * Saves one field if the caller's copy is current. {@code baseVersion} is the version
     * the text was typed on; -1 for notes that did not exist yet.
     */
    @PreAuthorize(READERS)
    @Transactional
    public SaveOutcome save(long sessionId, NotesField field, String text, long baseVersion) {
        requireWrite(sessionId);
        if (text.length() > SessionNotes.TEXT_MAX) {
            throw new TranslatedException("notes.error.too-long", SessionNotes.TEXT_MAX);
        }
        TextRules.requireClean(text);
        SessionNotes current = notes.findBySessionId(sessionId).orElse(null);
        Optional<SaveOutcome> stale = SaveOutcome.ifStale(current, baseVersion, field);
        if (stale.isPresent()) {
            return stale.get();
        }
        SessionNotes target = current != null
                ? current
                : SessionNotes.start(agenda.session(sessionId).orElseThrow().getReviewId(), sessionId);
        if (!target.getStatus().editable()) {
            throw new TranslatedException("notes.error.locked");
        }
        Instant now = clock.instant();
        target.setText(field, text);
        target.touched(CurrentUser.name(), now);
        SessionNotes saved = notes.saveAndFlush(target);
        revisions.save(NotesRevision.of(saved.id(), field, text, CurrentUser.name(), now));
        log(AuditAction.NOTES_SAVED, sessionId, field.name() + ": " + text);
        return SaveOutcome.saved(saved.getVersion(), text, now);
    }

    /** Adds a key finding; like a text save, it must be based on the current version. */
    @PreAuthorize(READERS)
    @Transactional
    public SaveOutcome addFinding(long sessionId, Finding finding, long baseVersion) {
        if (finding.text().isBlank() || finding.text().length() > 2000) {
            throw new TranslatedException("validation.required");
        }
        TextRules.requireClean(finding.text());
        SaveOutcome outcome = changeFindings(sessionId, baseVersion, notes -> notes.addFinding(finding));
        if (outcome.saved()) {
            log(AuditAction.FINDING_ADDED, sessionId, finding.text());
        }
        return outcome;
    }

    @PreAuthorize(READERS)
    @Transactional
    public SaveOutcome removeFinding(long sessionId, int index, long baseVersion) {
        SaveOutcome outcome = changeFindings(sessionId, baseVersion, notes -> {
            if (index < 0 || index >= notes.getKeyFindings().size()) {
                throw new NotFound();
            }
            notes.removeFinding(index);
        });
        if (outcome.saved()) {
            log(AuditAction.FINDING_REMOVED, sessionId, "#" + (index + 1));
        }
        return outcome;
    }

    private SaveOutcome changeFindings(long sessionId, long baseVersion, Consumer<SessionNotes> change) {
        requireWrite(sessionId);
        SessionNotes current = notes.findBySessionId(sessionId).orElse(null);
        Optional<SaveOutcome> stale = SaveOutcome.ifStale(current, baseVersion, null);
        if (stale.isPresent()) {
            return stale.get();
        }
        SessionNotes target = current != null
                ? current
                : SessionNotes.start(agenda.session(sessionId).orElseThrow().getReviewId(), sessionId);
        if (!target.getStatus().editable()) {
            throw new TranslatedException("notes.error.locked");
        }
        change.accept(target);
        Instant now = clock.instant();
        target.touched(CurrentUser.name(), now);
        SessionNotes saved = notes.saveAndFlush(target);
        return SaveOutcome.saved(saved.getVersion(), "", now);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<NotesRevision> history(long sessionId, NotesField field) {
        requireRead(sessionId);
        return notes.findBySessionId(sessionId)
                .map(n -> revisions.findByNotesIdAndFieldOrderBySavedAtDescIdDesc(n.id(), field))
                .orElse(List.of());
    }

    @PreAuthorize(READERS)
    @Transactional
    public SessionNotes submit(long sessionId) {
        requireWrite(sessionId);
        SessionNotes current = existing(sessionId);
        if (!current.getStatus().editable()) {
            throw new TranslatedException("notes.error.locked");
        }
        current.moveTo(NotesStatus.SUBMITTED, null, clock.instant());
        log(AuditAction.NOTES_SUBMITTED, sessionId, null);
        return notes.saveAndFlush(current);
    }

    @PreAuthorize(READERS)
    @Transactional
    public SessionNotes validate(long sessionId) {
        // The access check first: the audit line reads the session, which a refused caller may not see.
        SessionNotes decided = decide(sessionId, NotesStatus.VALIDATED, null);
        log(AuditAction.NOTES_VALIDATED, sessionId, null);
        return decided;
    }

    @PreAuthorize(READERS)
    @Transactional
    public SessionNotes returnForRework(long sessionId, String comment) {
        if (comment.isBlank()) {
            throw new TranslatedException("notes.error.comment-required");
        }
        SessionNotes decided = decide(sessionId, NotesStatus.RETURNED, comment.trim());
        log(AuditAction.NOTES_RETURNED, sessionId, comment.trim());
        return decided;
    }

    /**
     * A restricted session (a side meeting, the secretariat's own) is invisible to those not
     * involved, and so are its notes: checked here, not only by the view.
     */
    private void requireRead(long sessionId) {
        if (!access(sessionId).read()) {
            throw new AccessDeniedException("session " + sessionId + " is not visible");
        }
    }

    private void log(AuditAction action, long sessionId, @Nullable String detail) {
        String title = agenda.session(sessionId).map(AgendaSession::getTitle).orElse("");
        audit.record(action, sessionId, title, detail);
    }

    /** Every key finding recorded in the review's notes, whatever their status. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Finding> keyFindings(long reviewId) {
        return notes.findByReviewId(reviewId).stream()
                .flatMap(n -> n.getKeyFindings().stream())
                .toList();
    }

    /** The validated notes of a review, whose findings go into the aide-memoire. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionNotes> validated(long reviewId) {
        return notes.findByReviewId(reviewId).stream()
                .filter(n -> n.getStatus() == NotesStatus.VALIDATED)
                .toList();
    }

    /** Per working-group and field-visit session: what is submitted, validated or late. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<NotesBoardRow> board(long reviewId) {
        return rows(reviewId, s -> true);
    }

    /** The sessions the signed-in person is rapporteur of, with where their notes stand: "My notes". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotesBoardRow> mine(long reviewId) {
        Long me = participants
                .currentParticipant(reviewId)
                .map(ParticipantRef::id)
                .orElse(null);
        if (me == null) {
            return List.of();
        }
        return rows(
                reviewId,
                s -> s.getPeople().stream()
                        .anyMatch(p -> p.participantId() == me && p.role() == PersonRole.RAPPORTEUR));
    }

    private List<NotesBoardRow> rows(long reviewId, Predicate<AgendaSession> which) {
        var zone = reviews.find(reviewId).orElseThrow().zone();
        Instant now = clock.instant();
        var byNotes = new HashMap<Long, SessionNotes>();
        notes.findByReviewId(reviewId).forEach(n -> byNotes.put(n.getSessionId(), n));
        return agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .filter(s -> s.getType().needsRapporteur() && s.isActive())
                .filter(which)
                .map(s -> {
                    SessionNotes n = byNotes.get(s.getId());
                    NotesStatus status = n == null ? NotesStatus.DRAFT : n.getStatus();
                    boolean late = (status == NotesStatus.DRAFT || status == NotesStatus.RETURNED)
                            && now.isAfter(s.getEnd().plus(DUE_AFTER));
                    List<NotesField> missing = Arrays.stream(NotesField.values())
                            .filter(f -> n == null || n.text(f).isBlank())
                            .toList();
                    return new NotesBoardRow(
                            s.id(), s.getTitle(), s.getType(), s.getStart(), s.getEnd(), status, late, missing);
                })
                .toList();
    }

    private SessionNotes decide(long sessionId, NotesStatus next, @Nullable String comment) {
        if (!access(sessionId).review()) {
            throw new AccessDeniedException("not a reviewer of session " + sessionId);
        }
        SessionNotes current = existing(sessionId);
        if (current.getStatus() != NotesStatus.SUBMITTED) {
            throw new TranslatedException("notes.error.not-submitted");
        }
        current.moveTo(next, comment, clock.instant());
        return notes.saveAndFlush(current);
    }

    private SessionNotes existing(long sessionId) {
        return notes.findBySessionId(sessionId).orElseThrow(() -> new TranslatedException("notes.error.empty"));
    }

    private void requireWrite(long sessionId) {
        if (!access(sessionId).write()) {
            throw new AccessDeniedException("not a rapporteur of session " + sessionId);
        }
    }
}
