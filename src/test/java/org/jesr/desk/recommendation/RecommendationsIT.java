package org.jesr.desk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RecommendationsIT extends IntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    RecommendationService recommendations;

    Review review;

    @BeforeEach
    void sampleReview() {
        sampleReviewAsOrganizer();
        review = reviews.current().orElseThrow();
    }

    @Test
    void the_sample_register_holds_about_forty_proposals_from_groups_visits_and_inputs() {
        List<Recommendation> all = recommendations.list(review.getId(), RecommendationFilter.all());

        assertThat(all).hasSize(42).allSatisfy(r -> assertThat(r.getSources()).hasSize(1));
        assertThat(recommendations.list(
                        review.getId(), new RecommendationFilter(null, SourceKind.STAKEHOLDER_INPUT, "", null)))
                .hasSize(2);
        assertThat(recommendations.list(
                        review.getId(), new RecommendationFilter(null, SourceKind.FIELD_VISIT, "", null)))
                .hasSize(9);
        assertThat(recommendations.list(
                        review.getId(), new RecommendationFilter(null, null, "finance department", null)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getResponsibleBody()).containsIgnoringCase("Finance Department"));
    }

    @Test
    void merging_duplicates_keeps_every_source_and_hides_the_duplicates() {
        Recommendation keep =
                byText("Reopen or merge non-functional primary schools in under-served union councils, starting");
        Recommendation duplicate =
                byText("Reopen or merge non-functional primary schools in under-served union councils.");

        Recommendation merged = recommendations.merge(keep.getId(), List.of(duplicate.getId()));

        assertThat(merged.getSources()).hasSize(2);
        assertThat(merged.getSources())
                .extracting(RecommendationSource::label)
                .containsExactlyInAnyOrder(
                        "Working group: Access & Equity",
                        "Working group: Access & Equity: consolidating findings and recommendations");
        assertThat(recommendations.list(review.getId(), RecommendationFilter.all()))
                .hasSize(41)
                .noneMatch(r -> r.getId().equals(duplicate.getId()));
        assertThat(recommendations.list(review.getId(), new RecommendationFilter(null, null, "", Consensus.MERGED)))
                .singleElement()
                .satisfies(r -> assertThat(r.getMergedIntoId()).isEqualTo(keep.getId()));
    }

    @Test
    void a_closed_wrap_up_locks_the_list_until_an_admin_reopens_it_with_a_reason() {
        Recommendation r = byText("Run a provincial grade 5 learning assessment");
        recommendations.decide(r.getId(), Consensus.AGREED, null);
        recommendations.closeWrapUp(review.getId());

        r.setText("Changed after the plenary");
        assertThatThrownBy(() -> recommendations.update(r))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("recommendation.error.locked");
        assertThatThrownBy(() -> recommendations.decide(r.getId(), Consensus.DROPPED, null))
                .hasMessage("recommendation.error.locked");
        assertThatThrownBy(() -> recommendations.reopenWrapUp(review.getId(), "typo"))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> recommendations.reopenWrapUp(review.getId(), " "))
                .hasMessage("recommendation.error.reason-required");
        recommendations.reopenWrapUp(review.getId(), "The Finance Department asked to correct a figure.");

        assertThat(recommendations.isClosed(review.getId())).isFalse();
        assertThat(recommendations.wrapUpLog(review.getId()))
                .extracting(l -> l.getAction() + " by " + l.getActor())
                .containsExactly("CLOSED by organizer", "REOPENED by admin");
    }

    @Test
    void agreeing_with_a_reservation_needs_who_and_why() {
        Recommendation r = byText("Raise the non-salary budget");

        assertThatThrownBy(() -> recommendations.decide(r.getId(), Consensus.AGREED_WITH_RESERVATION, ""))
                .hasMessage("recommendation.error.reservation-required");
        Recommendation decided = recommendations.decide(
                r.getId(),
                Consensus.AGREED_WITH_RESERVATION,
                "Finance Department: subject to the 2027-28 budget ceiling");
        assertThat(decided.getReservation()).startsWith("Finance Department");
        assertThat(decided.isAgreed()).isTrue();
    }

    @Test
    void last_years_follow_up_summarises_completion_by_theme() {
        Review previous = reviews.previous(review).orElseThrow();

        var byTheme = recommendations.followUpByTheme(previous.getId());

        assertThat(byTheme).hasSize(4);
        long total = byTheme.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .sum();
        long completed = byTheme.values().stream()
                .mapToLong(m -> m.getOrDefault(FollowUpStatus.COMPLETED, 0L))
                .sum();
        assertThat(total).isEqualTo(20);
        assertThat(completed).isEqualTo(9);
    }

    @Test
    void an_observer_cannot_propose_or_decide() {
        Recommendation r = byText("Run a provincial grade 5 learning assessment");
        signInAs("observer", Role.OBSERVER);

        assertThatThrownBy(() -> recommendations.decide(r.getId(), Consensus.AGREED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.propose(
                        new Recommendation(), new RecommendationSource(SourceKind.PLENARY, null, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Recommendation byText(String start) {
        return recommendations.list(review.getId(), RecommendationFilter.all()).stream()
                .filter(r -> r.getText().startsWith(start))
                .findFirst()
                .orElseThrow();
    }
}
