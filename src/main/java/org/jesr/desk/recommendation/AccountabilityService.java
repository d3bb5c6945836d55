package org.jesr.desk.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.EvidenceRef;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.internal.AccountabilityWorkbook;
import org.jesr.desk.recommendation.internal.ProgressUpdateRepository;
import org.jesr.desk.recommendation.internal.RecommendationRepository;
import org.jesr.desk.recommendation.internal.WrapUp;
import org.jesr.desk.recommendation.internal.WrapUpRepository;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountability for agreed recommendations, all year: who answers for each and by when, and the
 * dated progress updates its responsible organization reports. Updates are added, never changed;
 * the latest one also becomes the recommendation's follow-up status, which is what the next review's
 * follow-up register and its aide-memoire draft from.
 */
@Service
public class AccountabilityService {

    private final RecommendationRepository recommendations;
    private final ProgressUpdateRepository updates;
    private final ReviewService reviews;
    private final WrapUpRepository wrapUps;
    private final ParticipantService participants;
    private final OrganizationService organizations;
    private final ThemeService themes;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AccountabilityService(
            RecommendationRepository recommendations,
            ProgressUpdateRepository updates,
            ReviewService reviews,
            WrapUpRepository wrapUps,
            ParticipantService participants,
            OrganizationService organizations,
            ThemeService themes,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.recommendations = recommendations;
        this.updates = updates;
        this.reviews = reviews;
        this.wrapUps = wrapUps;
        this.participants = participants;
        this.organizations = organizations;
        this.themes = themes;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agreed recommendations of a review with their latest status, overdue ones flagged. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Accountable> register(long reviewId, AccountabilityFilter filter) {
        List<Recommendation> agreed = recommendations.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).stream()
                .filter(Recommendation::isAgreed)
                .toList();
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        updates.findByRecommendationIdInOrderByEnteredAtDescIdDesc(
                        agreed.stream().map(Recommendation::id).toList())
                .forEach(u -> latest.putIfAbsent(u.getRecommendationId(), u));
        LocalDate today = LocalDate.now(clock);
        List<Accountable> result = new ArrayList<>();
        for (Recommendation r : agreed) {
            ProgressUpdate last = latest.get(r.id());
            FollowUpStatus status = new Accountable(r, last, false).status();
            Accountable row = new Accountable(r, last, Accountable.overdue(r, status, today));
            if (matches(row, status, filter)) {
                result.add(row);
            }
        }
        return result;
    }

    /** Every update of one recommendation, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgressUpdate> history(long recommendationId) {
        return updates.findByRecommendationIdOrderByEnteredAtDescIdDesc(recommendationId);
    }

    /** Of these rows, the recommendations the signed-in user may report on, with one look-up of their organizations. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> updatable(List<Accountable> rows) {
        if (CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            return rows.stream().map(a -> a.recommendation().id()).collect(Collectors.toSet());
        }
        if (!CurrentUser.hasRole(AppRoles.CONTRIBUTOR)) {
            return Set.of();
        }
        Set<Long> mine = participants.currentOrganizationIds();
        return rows.stream()
                .filter(a -> a.recommendation().getResponsibleOrgId() != null
                        && mine.contains(a.recommendation().getResponsibleOrgId()))
                .map(a -> a.recommendation().id())
                .collect(Collectors.toSet());
    }

    /** Names who answers for an agreed recommendation, who supports, and by when. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Recommendation assign(
            long recommendationId, @Nullable Long responsibleOrgId, Set<Long> supporterIds, @Nullable LocalDate due) {
        Recommendation recommendation = agreed(recommendationId);
        Set<Long> known = organizations.all().stream().map(Organization::id).collect(Collectors.toSet());
        Set<Long> named = new LinkedHashSet<>(supporterIds);
        if (responsibleOrgId != null) {
            named.add(responsibleOrgId);
        }
        if (!known.containsAll(named)) {
            throw new NotFound();
        }
        if (due != null) {
            Review review = reviews.find(recommendation.getReviewId()).orElseThrow(NotFound::new);
            if (due.isBefore(review.endDate())) {
                throw new TranslatedException("accountability.error.due-before-review", review.endDate());
            }
        }
        recommendation.assign(responsibleOrgId, supporterIds, due);
        audit.record(
                AuditAction.RECOMMENDATION_ASSIGNED,
                recommendationId,
                recommendation.getText(),
                responsibleOrgId + " " + supporterIds + " " + due);
        events.publishEvent(new RecommendationsChanged(recommendation.getReviewId()));
        return recommendations.saveAndFlush(recommendation);
    }

    /**
     * Adds a dated progress update. Contributors report only for a recommendation their own
     * organization answers for; the secretariat may enter one for anyone (from a letter, a meeting).
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional
    public ProgressUpdate addUpdate(
            long recommendationId,
            FollowUpStatus status,
            String text,
            @Nullable String dropReason,
            @Nullable EvidenceRef evidence) {
        Recommendation recommendation = agreed(recommendationId);
        Long forOrg = null;
        if (!CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            Long responsible = recommendation.getResponsibleOrgId();
            if (responsible == null || !participants.currentOrganizationIds().contains(responsible)) {
                throw new TranslatedException("accountability.error.not-your-organization");
            }
            forOrg = responsible;
        }
        String body = text.trim();
        String reason = dropReason == null || dropReason.isBlank() ? null : dropReason.trim();
        if (body.isEmpty()) {
            throw new TranslatedException("accountability.error.text-required");
        }
        if (status == FollowUpStatus.DROPPED && reason == null) {
            throw new TranslatedException("accountability.error.reason-required");
        }
        TextRules.requireClean(body, ProgressUpdate.TEXT_MAX);
        TextRules.requireClean(reason, ProgressUpdate.TEXT_MAX);
        String token = evidence == null ? null : evidence.token();
        ProgressUpdate update = updates.saveAndFlush(new ProgressUpdate(
                recommendationId,
                status,
                body,
                status == FollowUpStatus.DROPPED ? reason : null,
                token,
                CurrentUser.name(),
                forOrg,
                clock.instant()));
        recommendation.reportFollowUp(status, token, body);
        recommendations.saveAndFlush(recommendation);
        audit.record(AuditAction.FOLLOW_UP_REPORTED, recommendationId, recommendation.getText(), status + ": " + body);
        events.publishEvent(new RecommendationsChanged(recommendation.getReviewId()));
        return update;
    }

    /**
     * The agreed recommendations as a review's public page shows them: only while its organizers keep
     * that page on and only once the wrap-up closed the agreed list, with their current status.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicRecommendation> publicRegister(long reviewId) {
        if (reviews.publicReview(reviewId).isEmpty()
                || !wrapUps.findByReviewId(reviewId).map(WrapUp::isClosed).orElse(false)) {
            return List.of();
        }
        List<Accountable> rows = register(reviewId, AccountabilityFilter.all());
        Map<Long, String> names = organizations.publicNames(rows.stream()
                .map(a -> a.recommendation().getResponsibleOrgId())
                .filter(Objects::nonNull)
                .toList());
        List<PublicRecommendation> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Accountable a = rows.get(i);
            Recommendation r = a.recommendation();
            Long org = r.getResponsibleOrgId();
            result.add(new PublicRecommendation(
                    i + 1,
                    r.getText(),
                    org == null ? r.getResponsibleBody() : names.getOrDefault(org, r.getResponsibleBody()),
                    a.status(),
                    r.getDueDate(),
                    a.latestUpdate().map(ProgressUpdate::getEnteredAt).orElse(null)));
        }
        return result;
    }

    /** The register as an XLSX workbook in the reader's language, narrowed as on screen. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] xlsx(long reviewId, AccountabilityFilter filter, Locale locale, Translator t) {
        Review review = reviews.find(reviewId).orElseThrow(NotFound::new);
        Map<Long, String> themeNames =
                themes.list(reviewId).stream().collect(Collectors.toMap(Theme::id, Theme::getName));
        Map<Long, String> organizationNames =
                organizations.all().stream().collect(Collectors.toMap(Organization::id, Organization::getName));
        return AccountabilityWorkbook.write(
                register(reviewId, filter), themeNames, organizationNames, review.zone(), locale, t);
    }

    private Recommendation agreed(long recommendationId) {
        Recommendation recommendation =
                recommendations.findById(recommendationId).orElseThrow(NotFound::new);
        if (!recommendation.isAgreed()) {
            throw new TranslatedException("recommendation.error.not-agreed");
        }
        return recommendation;
    }

    private static boolean matches(Accountable row, FollowUpStatus status, AccountabilityFilter filter) {
        Recommendation r = row.recommendation();
        return (filter.themeId() == null || filter.themeId().equals(r.getThemeId()))
                && (filter.organizationId() == null
                        || filter.organizationId().equals(r.getResponsibleOrgId())
                        || r.getSupporterIds().contains(filter.organizationId()))
                && (filter.status() == null || filter.status() == status)
                && (!filter.overdueOnly() || row.overdue());
    }
}
