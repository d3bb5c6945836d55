package org.jesr.desk.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.LibraryDocument;
import org.jesr.desk.preparation.internal.MilestoneRepository;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's preparation timeline: the milestones from the terms of reference (and any the
 * secretariat adds), who owns each, when each is due counted from the review's dates, and which are
 * late today.
 */
@Service
public class PreparationService {

    private final MilestoneRepository milestones;
    private final ReviewService reviews;
    private final DocumentService documents;
    private final AuditLog audit;
    private final Clock clock;

    PreparationService(
            MilestoneRepository milestones,
            ReviewService reviews,
            DocumentService documents,
            AuditLog audit,
            Clock clock) {
        this.milestones = milestones;
        this.reviews = reviews;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every milestone of the review with where it stands today, in timeline order. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<MilestoneProgress> timeline(long reviewId) {
        Review review = review(reviewId);
        LocalDate today = LocalDate.now(clock.withZone(review.zone()));
        List<LibraryDocument> library = documents.list(reviewId);
        return milestones.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).stream()
                .map(m -> Timeline.progress(m, review.startDate(), review.endDate(), today, library, review.zone()))
                .sorted(java.util.Comparator.comparing(MilestoneProgress::due))
                .toList();
    }

    /** Sets up the terms of reference's milestones for a review that has none yet. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public List<MilestoneProgress> setUpDefaults(long reviewId) {
        review(reviewId);
        if (milestones.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).isEmpty()) {
            int order = 0;
            for (MilestoneKind kind : MilestoneKind.values()) {
                if (kind != MilestoneKind.CUSTOM) {
                    milestones.save(Milestone.of(reviewId, kind, ++order));
                }
            }
            milestones.flush();
            audit.record(AuditAction.MILESTONES_SET_UP, reviewId, "", null);
        }
        return timeline(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Milestone save(Milestone milestone) {
        Review review = review(milestone.getReviewId());
        if (milestone.getKind() == MilestoneKind.CUSTOM
                && (milestone.getTitle() == null || milestone.getTitle().isBlank())) {
            throw new TranslatedException("milestone.error.title-required");
        }
        TextRules.requireClean(milestone.getTitle(), Milestone.TITLE_MAX);
        if (milestone.getOffsetDays() < 0 || milestone.getOffsetDays() > Milestone.OFFSET_MAX) {
            throw new TranslatedException("milestone.error.offset", Milestone.OFFSET_MAX);
        }
        if (milestone.getAnchor() == Anchor.FIXED) {
            LocalDate fixed = milestone.getFixedDate();
            if (fixed == null) {
                throw new TranslatedException("milestone.error.date-required");
            }
            if (milestone.getKind().afterTheReview() && fixed.isBefore(review.endDate())) {
                throw new TranslatedException("milestone.error.before-review", review.endDate());
            }
        }
        if (milestone.isNew()) {
            milestone.setOrderNo(milestones
                            .findByReviewIdOrderByOrderNoAscIdAsc(milestone.getReviewId())
                            .size()
                    + 1);
        }
        Milestone saved = milestones.saveAndFlush(milestone);
        audit.record(
                AuditAction.MILESTONE_SAVED,
                saved.id(),
                String.valueOf(saved.getTitle()),
                saved.getKind().name());
        return saved;
    }

    /** Records it done on a day (not in the future), with what shows it, if anything. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Milestone markDone(long milestoneId, LocalDate on, @Nullable String evidenceRef) {
        Milestone milestone = find(milestoneId);
        Review review = review(milestone.getReviewId());
        if (milestone.getKind() == MilestoneKind.PROGRESS_REPORT_SHARED) {
            throw new TranslatedException("milestone.error.worked-out");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(review.zone())))) {
            throw new TranslatedException("milestone.error.future");
        }
        TextRules.requireClean(evidenceRef, 80);
        milestone.done(on, evidenceRef);
        audit.record(
                AuditAction.MILESTONE_SAVED, milestoneId, milestone.getKind().name(), "DONE " + on);
        return milestones.saveAndFlush(milestone);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Milestone reopen(long milestoneId) {
        Milestone milestone = find(milestoneId);
        milestone.reopen();
        return milestones.saveAndFlush(milestone);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void delete(long milestoneId) {
        Milestone milestone = find(milestoneId);
        milestones.delete(milestone);
        audit.record(
                AuditAction.MILESTONE_DELETED, milestoneId, milestone.getKind().name(), milestone.getTitle());
    }

    private Milestone find(long id) {
        return milestones.findById(id).orElseThrow(NotFound::new);
    }

    private Review review(long reviewId) {
        return reviews.find(reviewId).orElseThrow(NotFound::new);
    }
}
