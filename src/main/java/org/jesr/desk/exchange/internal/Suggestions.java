package org.jesr.desk.exchange.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.AttendanceStats;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.Circulation;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.EvidenceSuggestion;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.workinggroup.Finding;
import org.jesr.desk.workinggroup.NotesService;
import org.springframework.stereotype.Component;

/**
 * Computes, from the host review's own data, the evidence suggested for the self-assessment
 * (decision 0011): who took part, whether findings cite evidence, whether last year's
 * recommendations were followed up, and how soon the aide-memoire went out after the wrap-up.
 */
@Component
public class Suggestions {

    private final AttendanceService attendance;
    private final NotesService notes;
    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final AgendaService agenda;
    private final AideMemoireService aideMemoires;
    private final ConsultationService consultation;

    Suggestions(
            AttendanceService attendance,
            NotesService notes,
            RecommendationService recommendations,
            ReviewService reviews,
            AgendaService agenda,
            AideMemoireService aideMemoires,
            ConsultationService consultation) {
        this.attendance = attendance;
        this.notes = notes;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.agenda = agenda;
        this.aideMemoires = aideMemoires;
        this.consultation = consultation;
    }

    public List<EvidenceSuggestion> forReview(long reviewId) {
        Review review = reviews.find(reviewId).orElseThrow();
        return List.of(participation(reviewId), findings(reviewId), followUp(review), circulation(review));
    }

    /** Civil society and development partners (the coordinating agency among them) among the people who attended. */
    EvidenceSuggestion participation(long reviewId) {
        AttendanceStats stats = attendance.forReview(reviewId);
        Map<Constituency, Long> by = stats.byConstituency();
        long partners = by.getOrDefault(Constituency.CIVIL_SOCIETY, 0L)
                + by.getOrDefault(Constituency.DEVELOPMENT_PARTNER, 0L)
                + by.getOrDefault(Constituency.COORDINATING_AGENCY, 0L);
        return EvidenceSuggestion.ofShare(Criterion.PARTICIPATION, partners, stats.total());
    }

    EvidenceSuggestion findings(long reviewId) {
        List<Finding> all = notes.keyFindings(reviewId);
        return EvidenceSuggestion.ofShare(
                Criterion.FINDINGS_CITE_EVIDENCE,
                all.stream().filter(Finding::hasEvidence).count(),
                all.size());
    }

    /** Of the previous review's agreed recommendations, those with a reported status beyond "not started". */
    EvidenceSuggestion followUp(Review review) {
        Review previous = reviews.previous(review).orElse(null);
        if (previous == null) {
            return EvidenceSuggestion.none(Criterion.FOLLOW_UP_OF_RECOMMENDATIONS, true);
        }
        List<Recommendation> agreed = recommendations.list(previous.id(), RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .toList();
        long followed = agreed.stream()
                .filter(r -> r.getFollowUpStatus() != null && r.getFollowUpStatus() != FollowUpStatus.NOT_STARTED)
                .count();
        return EvidenceSuggestion.ofShare(Criterion.FOLLOW_UP_OF_RECOMMENDATIONS, followed, agreed.size());
    }

    /** Days from the end of the wrap-up plenary to the first circulation of the aide-memoire. */
    EvidenceSuggestion circulation(Review review) {
        Instant wrapUp = agenda.sessions(review.id(), review.zone(), AgendaFilter.day(null)).stream()
                .filter(s -> s.getType() == SessionType.WRAP_UP)
                .map(AgendaSession::getEnd)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Instant first = aideMemoires
                .find(review.id())
                .flatMap(a -> consultation.circulations(a.id()).stream()
                        .map(Circulation::getSentAt)
                        .min(Comparator.naturalOrder()))
                .orElse(null);
        if (wrapUp == null || first == null || first.isBefore(wrapUp)) {
            return EvidenceSuggestion.none(Criterion.PROMPT_CIRCULATION, false);
        }
        return EvidenceSuggestion.ofDays(
                Criterion.PROMPT_CIRCULATION,
                ChronoUnit.DAYS.between(
                        wrapUp.atZone(review.zone()).toLocalDate(),
                        first.atZone(review.zone()).toLocalDate()));
    }
}
