package org.jesr.desk.stakeholder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.stakeholder.internal.ObligationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist of what each constituency owes the review. Contributors see and fulfil their
 * own organization's items; the secretariat sees everything and what is overdue.
 */
@Service
public class ObligationService {

    public static final int TEXT_MAX = 4000;

    /** What one organization still owes, for the organizer's overview. */
    public record Owed(long organizationId, long owed, long overdue, long submitted, long accepted) {}

    private final ObligationRepository obligations;
    private final ParticipantService participants;
    private final DocumentService documents;
    private final ReviewService reviews;
    private final Clock clock;

    ObligationService(
            ObligationRepository obligations,
            ParticipantService participants,
            DocumentService documents,
            ReviewService reviews,
            Clock clock) {
        this.obligations = obligations;
        this.participants = participants;
        this.documents = documents;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Organizers see every item; a contributor sees their own organization's. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<Obligation> visible(long reviewId) {
        List<Obligation> all = obligations.findByReviewIdOrderByDueDateAscIdAsc(reviewId);
        if (CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            return all;
        }
        Long own = participants
                .currentOrganization(reviewId)
                .map(Organization::getId)
                .orElse(null);
        return all.stream()
                .filter(o -> own != null && o.getOrganizationId() == own)
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    public LocalDate today(long reviewId) {
        return LocalDate.now(
                clock.withZone(reviews.find(reviewId).map(r -> r.zone()).orElse(clock.getZone())));
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Map<Long, Owed> owedByOrganization(long reviewId) {
        LocalDate today = today(reviewId);
        Map<Long, Owed> result = new TreeMap<>();
        for (Obligation o : obligations.findByReviewIdOrderByDueDateAscIdAsc(reviewId)) {
            Owed before = result.getOrDefault(o.getOrganizationId(), new Owed(o.getOrganizationId(), 0, 0, 0, 0));
            result.put(
                    o.getOrganizationId(),
                    new Owed(
                            o.getOrganizationId(),
                            before.owed() + (o.getStatus().owed() ? 1 : 0),
                            before.overdue() + (o.overdue(today) ? 1 : 0),
                            before.submitted() + (o.getStatus() == ObligationStatus.SUBMITTED ? 1 : 0),
                            before.accepted() + (o.getStatus() == ObligationStatus.ACCEPTED ? 1 : 0)));
        }
        return result;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Obligation save(Obligation obligation) {
        String title = obligation.getTitle().strip();
        if (title.isEmpty() || title.length() > Obligation.TITLE_MAX) {
            throw new TranslatedException("obligation.error.title", Obligation.TITLE_MAX);
        }
        obligation.setTitle(title);
        return obligations.save(obligation);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Obligation setStatus(long id, ObligationStatus status) {
        Obligation obligation = find(id);
        obligation.setStatus(status);
        return obligations.save(obligation);
    }

    /** A written submission, such as the answer to a data request. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional
    public Obligation submitText(long id, String text) {
        String clean = text.strip();
        TextRules.requireClean(clean);
        if (clean.isEmpty() || clean.length() > TEXT_MAX) {
            throw new TranslatedException("obligation.error.text", TEXT_MAX);
        }
        return submit(id, SubmissionKind.TEXT, clean, null);
    }

    /** A document or data file; it goes into the review's library, checked by its content. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional
    public Obligation submitFile(long id, SubmissionKind kind, String fileName, byte[] bytes) {
        Obligation obligation = mayFulfil(find(id));
        long documentId = documents
                .upload(
                        obligation.getReviewId(),
                        obligation.getTitle(),
                        kind == SubmissionKind.DATA_FILE ? DocumentCategory.DATA_FILE : DocumentCategory.OTHER,
                        fileName,
                        bytes)
                .id();
        return submit(id, kind, null, documentId);
    }

    private Obligation submit(long id, SubmissionKind kind, @Nullable String text, @Nullable Long documentId) {
        Obligation obligation = mayFulfil(find(id));
        obligation.addSubmission(new Submission(kind, text, documentId, CurrentUser.name(), clock.instant()));
        if (obligation.getStatus().owed()) {
            obligation.setStatus(ObligationStatus.SUBMITTED);
        }
        return obligations.save(obligation);
    }

    private Obligation mayFulfil(Obligation obligation) {
        if (!CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            Long own = participants
                    .currentOrganization(obligation.getReviewId())
                    .map(Organization::getId)
                    .orElse(null);
            if (own == null || own != obligation.getOrganizationId()) {
                throw new TranslatedException("obligation.error.not-yours");
            }
        }
        return obligation;
    }

    private Obligation find(long id) {
        return obligations.findById(id).orElseThrow(NotFound::new);
    }
}
