package org.jesr.desk.recommendation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.recommendation.internal.RecommendationRepository;
import org.jesr.desk.recommendation.internal.WrapUp;
import org.jesr.desk.recommendation.internal.WrapUpLog;
import org.jesr.desk.recommendation.internal.WrapUpLogRepository;
import org.jesr.desk.recommendation.internal.WrapUpRepository;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of recommendations, from proposal by a group or visit, through merging
 * duplicates and the wrap-up plenary's decisions, to the follow-up a year later.
 */
@Service
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final WrapUpRepository wrapUps;
    private final WrapUpLogRepository log;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    RecommendationService(
            RecommendationRepository recommendations,
            WrapUpRepository wrapUps,
            WrapUpLogRepository log,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.recommendations = recommendations;
        this.wrapUps = wrapUps;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recommendation> list(long reviewId, RecommendationFilter filter) {
        String body = filter.responsibleBody().trim().toLowerCase(Locale.ROOT);
        return recommendations.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).stream()
                .filter(r -> filter.consensus() == null
                        ? r.getConsensus() != Consensus.MERGED
                        : r.getConsensus() == filter.consensus())
                .filter(r -> filter.themeId() == null || filter.themeId().equals(r.getThemeId()))
                .filter(r ->
                        filter.source() == null || r.getSources().stream().anyMatch(s -> s.kind() == filter.source()))
                .filter(r -> body.isEmpty()
                        || r.getResponsibleBody().toLowerCase(Locale.ROOT).contains(body))
                .toList();
    }

    /** A rapporteur or organizer proposes a recommendation; its source stays with it for good. */
    @PreAuthorize("hasAnyRole('ORGANIZER','RAPPORTEUR')")
    @Transactional
    public Recommendation propose(Recommendation draft, RecommendationSource source) {
        requireOpen(draft.getReviewId());
        validate(draft);
        draft.addSource(source);
        draft.setOrderNo(recommendations
                        .findByReviewIdOrderByOrderNoAscIdAsc(draft.getReviewId())
                        .size()
                + 1);
        return changed(AuditAction.RECOMMENDATION_PROPOSED, recommendations.saveAndFlush(draft), source.label());
    }

    /** Rewording during the plenary: everyone watching sees it through push. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Recommendation update(Recommendation edited) {
        requireOpen(edited.getReviewId());
        validate(edited);
        return changed(AuditAction.RECOMMENDATION_EDITED, recommendations.saveAndFlush(edited), null);
    }

    /** Folds duplicates into one; the kept recommendation carries every source. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Recommendation merge(long keepId, List<Long> duplicateIds) {
        Recommendation keep = find(keepId);
        requireOpen(keep.getReviewId());
        for (Long id : duplicateIds) {
            if (id != keepId) {
                keep.absorb(find(id));
            }
        }
        return changed(AuditAction.RECOMMENDATIONS_MERGED, recommendations.saveAndFlush(keep), duplicateIds.toString());
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Recommendation decide(long id, Consensus consensus, @Nullable String reservation) {
        Recommendation recommendation = find(id);
        requireOpen(recommendation.getReviewId());
        if (consensus == Consensus.MERGED) {
            throw new TranslatedException("recommendation.error.merge-instead");
        }
        if (consensus == Consensus.AGREED_WITH_RESERVATION && (reservation == null || reservation.isBlank())) {
            throw new TranslatedException("recommendation.error.reservation-required");
        }
        recommendation.decide(consensus, reservation == null ? null : reservation.trim());
        return changed(
                AuditAction.RECOMMENDATION_DECIDED,
                recommendations.saveAndFlush(recommendation),
                consensus + (reservation == null ? "" : ": " + reservation.trim()));
    }

    /** Sets the priority order: the ids in the order the plenary agreed. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void reorder(long reviewId, List<Long> orderedIds) {
        requireOpen(reviewId);
        Map<Long, Recommendation> byId = new HashMap<>();
        recommendations.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).forEach(r -> byId.put(r.getId(), r));
        for (int i = 0; i < orderedIds.size(); i++) {
            Recommendation r = byId.get(orderedIds.get(i));
            if (r != null) {
                r.setOrderNo(i + 1);
            }
        }
        recommendations.flush();
        audit.record(AuditAction.RECOMMENDATIONS_REORDERED, reviewId, "", orderedIds.toString());
        events.publishEvent(new RecommendationsChanged(reviewId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isClosed(long reviewId) {
        return wrapUps.findByReviewId(reviewId).map(WrapUp::isClosed).orElse(false);
    }

    /** Closes the wrap-up: the agreed list is final and locked. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void closeWrapUp(long reviewId) {
        WrapUp wrapUp = wrapUps.findByReviewId(reviewId).orElseGet(() -> WrapUp.of(reviewId));
        wrapUp.setClosed(true);
        wrapUps.saveAndFlush(wrapUp);
        log.save(WrapUpLog.of(reviewId, "CLOSED", CurrentUser.name(), null, clock.instant()));
        audit.record(AuditAction.WRAP_UP_CLOSED, reviewId, "", null);
        events.publishEvent(new RecommendationsChanged(reviewId));
    }

    /** Only an admin reopens a closed wrap-up, and says why; it is logged. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reopenWrapUp(long reviewId, String reason) {
        if (reason.isBlank()) {
            throw new TranslatedException("recommendation.error.reason-required");
        }
        wrapUps.findByReviewId(reviewId).ifPresent(w -> w.setClosed(false));
        log.save(WrapUpLog.of(reviewId, "REOPENED", CurrentUser.name(), reason.trim(), clock.instant()));
        audit.record(AuditAction.WRAP_UP_REOPENED, reviewId, "", reason.trim());
        events.publishEvent(new RecommendationsChanged(reviewId));
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<WrapUpLog> wrapUpLog(long reviewId) {
        return log.findByReviewIdOrderByLoggedAtAsc(reviewId);
    }

    /** Share of agreed recommendations completed, by theme id (null: no theme). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Map<FollowUpStatus, Long>> followUpByTheme(long reviewId) {
        Map<Long, Map<FollowUpStatus, Long>> result = new HashMap<>();
        recommendations.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).stream()
                .filter(Recommendation::isAgreed)
                .forEach(r -> {
                    Map<FollowUpStatus, Long> counts = result.computeIfAbsent(
                            r.getThemeId() == null ? -1L : r.getThemeId(), k -> new EnumMap<>(FollowUpStatus.class));
                    counts.merge(
                            r.getFollowUpStatus() == null ? FollowUpStatus.NOT_STARTED : r.getFollowUpStatus(),
                            1L,
                            Long::sum);
                });
        return result;
    }

    private Recommendation find(long id) {
        return recommendations.findById(id).orElseThrow(NotFound::new);
    }

    private void requireOpen(long reviewId) {
        // Called from inside secured methods, so it reads the repository rather than isClosed().
        if (wrapUps.findByReviewId(reviewId).map(WrapUp::isClosed).orElse(false)) {
            throw new TranslatedException("recommendation.error.locked");
        }
    }

    private static void validate(Recommendation r) {
        if (r.getText().isBlank() || r.getResponsibleBody().isBlank()) {
            throw new TranslatedException("recommendation.error.required");
        }
        if (r.getText().length() > Recommendation.TEXT_MAX) {
            throw new TranslatedException("notes.error.too-long", Recommendation.TEXT_MAX);
        }
        TextRules.requireClean(r.getText());
        TextRules.requireClean(r.getResponsibleBody());
        TextRules.requireClean(r.getTimeline());
    }

    private Recommendation changed(AuditAction action, Recommendation recommendation, @Nullable String detail) {
        audit.record(action, recommendation.getId(), recommendation.getText(), detail);
        events.publishEvent(new RecommendationsChanged(recommendation.getReviewId()));
        return recommendation;
    }
}
