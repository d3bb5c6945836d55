package org.jesr.desk.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.exchange.internal.DelegationRepository;
import org.jesr.desk.exchange.internal.ExchangeAccess;
import org.jesr.desk.exchange.internal.SelfAssessmentRepository;
import org.jesr.desk.exchange.internal.Suggestions;
import org.jesr.desk.exchange.pdf.TablePdf;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments of JSRs against the five core functions: the host's, rated by its organizers
 * with evidence suggested from the review's data, and each delegation's home review, rated by
 * the delegation. All are compared side by side.
 */
@Service
public class SelfAssessmentService {

    private final SelfAssessmentRepository assessments;
    private final DelegationRepository delegations;
    private final ExchangeAccess access;
    private final Suggestions suggestions;
    private final ReviewService reviews;
    private final AppI18nProvider i18n;

    SelfAssessmentService(
            SelfAssessmentRepository assessments,
            DelegationRepository delegations,
            ExchangeAccess access,
            Suggestions suggestions,
            ReviewService reviews,
            AppI18nProvider i18n) {
        this.assessments = assessments;
        this.delegations = delegations;
        this.access = access;
        this.suggestions = suggestions;
        this.reviews = reviews;
        this.i18n = i18n;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','OBSERVER')")
    @Transactional(readOnly = true)
    public List<SelfAssessment> assessments(long reviewId) {
        return assessments.findByReviewIdOrderByIdAsc(reviewId);
    }

    /** The host review's own assessment, started on first use. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SelfAssessment host(long reviewId) {
        Review review = reviews.find(reviewId).orElseThrow(NotFound::new);
        return assessments
                .findByReviewIdAndDelegationIdIsNull(reviewId)
                .orElseGet(() -> assessments.save(new SelfAssessment(reviewId, null, review.getCountryOrProvince())));
    }

    /** A delegation's assessment of its home review, started on first use by one of its members. */
    @PreAuthorize("hasAnyRole('ORGANIZER','OBSERVER')")
    @Transactional
    public SelfAssessment forDelegation(long delegationId) {
        Delegation delegation = delegations.findById(delegationId).orElseThrow(NotFound::new);
        if (!access.member(delegation) && !access.organizer()) {
            throw new AccessDeniedException("self-assessment");
        }
        return assessments
                .findByReviewIdAndDelegationId(delegation.getReviewId(), delegationId)
                .orElseGet(() -> assessments.save(
                        new SelfAssessment(delegation.getReviewId(), delegationId, delegation.getCountry())));
    }

    /** The host's organizers rate the host review; a delegation's members rate theirs. */
    @PreAuthorize("hasAnyRole('ORGANIZER','OBSERVER')")
    @Transactional
    public SelfAssessment rate(long assessmentId, Criterion criterion, Maturity maturity, @Nullable String evidence) {
        SelfAssessment assessment = assessments.findById(assessmentId).orElseThrow(NotFound::new);
        Long delegationId = assessment.getDelegationId();
        boolean allowed = assessment.isHost()
                ? access.organizer()
                : delegationId != null
                        && delegations
                                .findById(delegationId)
                                .map(access::member)
                                .orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("self-assessment");
        }
        if (evidence != null && evidence.length() > 2000) {
            throw new TranslatedException("self-assessment.error.evidence", 2000);
        }
        assessment.rate(
                new Rating(criterion, maturity, evidence == null || evidence.isBlank() ? null : evidence.strip()));
        return assessments.save(assessment);
    }

    /** Evidence from the host review's data, for the assessor to accept or override. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<EvidenceSuggestion> suggestions(long reviewId) {
        return suggestions.forReview(reviewId);
    }

    /** The side-by-side comparison as a PDF, in the given language. */
    @PreAuthorize("hasAnyRole('ORGANIZER','OBSERVER')")
    @Transactional(readOnly = true)
    public byte[] comparisonPdf(long reviewId, String language) {
        Locale locale = Language.orDefault(language).locale();
        List<SelfAssessment> all = assessments(reviewId);
        List<String> headers = new ArrayList<>(List.of(i18n.getTranslation("self-assessment.criterion", locale)));
        all.forEach(a -> headers.add(Countries.name(a.getCountry(), locale)));
        List<List<String>> rows = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            List<String> row = new ArrayList<>();
            row.add(i18n.getTranslation(criterion.function().translationKey(), locale) + " — "
                    + i18n.getTranslation(criterion.translationKey(), locale));
            all.forEach(a -> row.add(a.rating(criterion)
                    .map(r -> r.maturity().level() + " · "
                            + i18n.getTranslation(r.maturity().translationKey(), locale))
                    .orElse("—")));
            rows.add(row);
        }
        String review = reviews.find(reviewId).map(Review::getName).orElse("");
        float[] widths = new float[headers.size()];
        Arrays.fill(widths, 60f / Math.max(1, all.size()));
        widths[0] = 40;
        return TablePdf.write(
                locale.getLanguage(),
                i18n.getTranslation("self-assessment.pdf.title", locale, review),
                i18n.getTranslation("self-assessment.pdf.scale", locale),
                headers,
                widths,
                rows);
    }
}
