package org.jesr.desk.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class StakeholderIT extends IntegrationTest {

    @Autowired
    ObligationService obligations;

    @Autowired
    InputService inputs;

    @Autowired
    IndicatorService indicators;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    OrganizationService organizations;

    long reviewId;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
    }

    @Test
    void the_organizer_sees_what_is_owed_by_whom_and_what_is_overdue() {
        List<Obligation> all = obligations.visible(reviewId);
        assertThat(all).hasSize(17);
        assertThat(all).extracting(Obligation::getStatus).contains(ObligationStatus.values());

        var owed = obligations.owedByOrganization(reviewId);
        long pdd = organizations.all().stream()
                .filter(o -> "P&DD".equals(o.getAcronym()))
                .findFirst()
                .orElseThrow()
                .getId();
        // Due 15 November 2026 and still open: overdue on any day this suite runs.
        assertThat(owed.get(pdd).owed()).isEqualTo(1);
        assertThat(owed.get(pdd).overdue()).isEqualTo(1);
        assertThat(owed.values().stream()
                        .mapToLong(ObligationService.Owed::accepted)
                        .sum())
                .isEqualTo(3);
    }

    @Test
    void a_contributor_sees_and_fulfils_only_their_own_organizations_items() {
        signInAs("contributor", Role.CONTRIBUTOR);

        List<Obligation> mine = obligations.visible(reviewId);
        assertThat(mine)
                .extracting(Obligation::getTitle)
                .hasSize(2)
                .allMatch(t -> t.contains("FCDO") || t.contains("girls") || t.contains("Commitments"));
        Obligation open = mine.stream()
                .filter(o -> o.getStatus() == ObligationStatus.IN_PROGRESS)
                .findFirst()
                .orElseThrow();
        assertThat(obligations
                        .submitText(open.getId(), "Our input is attached to the written inputs page.")
                        .getStatus())
                .isEqualTo(ObligationStatus.SUBMITTED);

        signInAs("organizer", Role.ORGANIZER);
        Obligation someoneElses = obligations.visible(reviewId).stream()
                .filter(o -> o.getTitle().startsWith("Development budget releases"))
                .findFirst()
                .orElseThrow();
        signInAs("contributor", Role.CONTRIBUTOR);
        assertThatThrownBy(() -> obligations.submitText(someoneElses.getId(), "not ours"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("obligation.error.not-yours"));
        assertThatThrownBy(() -> obligations.setStatus(open.getId(), ObligationStatus.ACCEPTED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_contributor_sees_only_their_own_inputs_and_the_replies_to_them() {
        signInAs("contributor", Role.CONTRIBUTOR);

        List<StakeholderInput> mine = inputs.mine(reviewId);
        assertThat(mine).hasSize(3).allMatch(i -> i.getAuthor().equals("contributor"));
        assertThat(mine)
                .filteredOn(i -> i.getOutcome() == InputOutcome.INTEGRATED)
                .singleElement()
                .satisfies(i -> assertThat(i.getReply()).startsWith("Integrated in the Access & Equity findings"));
        assertThatThrownBy(() -> inputs.all(reviewId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inputs.respond(mine.getFirst().getId(), InputOutcome.NOTED, "self-approved"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_contributor_cannot_change_indicators() {
        signInAs("contributor", Role.CONTRIBUTOR);

        assertThatThrownBy(() -> indicators.importCsv(
                        reviewId,
                        new ByteArrayInputStream("code,name,unit,year,kind,value\nX1,Made up,%,2025,ACTUAL,99\n"
                                .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("organizer", Role.ORGANIZER);
        assertThat(indicators.list(reviewId)).noneMatch(i -> i.getCode().equals("X1"));
    }

    @Test
    void a_new_input_is_the_contributors_and_becomes_a_recommendation_that_keeps_its_source() {
        signInAs("contributor", Role.CONTRIBUTOR);
        StakeholderInput draft = new StakeholderInput();
        draft.setReviewId(reviewId);
        draft.setTitle("Coaching budget");
        draft.setBody("Budget a coaching visit for every trained teacher.");
        StakeholderInput sent = inputs.submit(
                draft,
                List.of(new InputService.Attachment(
                        "note.txt", "Coaching costs per district".getBytes(StandardCharsets.UTF_8))));
        assertThat(sent.getAuthor()).isEqualTo("contributor");
        assertThat(sent.getConstituency().name()).isEqualTo("DEVELOPMENT_PARTNER");
        assertThat(inputs.attachments(sent))
                .singleElement()
                .satisfies(d -> assertThat(d.getContentType()).isEqualTo("text/plain"));

        signInAs("organizer", Role.ORGANIZER);
        inputs.respond(sent.getId(), InputOutcome.PARTLY_INTEGRATED, "Folded into recommendation on coaching.");
        Recommendation r = new Recommendation();
        r.setReviewId(reviewId);
        r.setText(sent.getBody());
        r.setResponsibleBody("STEDA");
        Recommendation proposed = inputs.toRecommendation(sent.getId(), r);

        assertThat(recommendations.list(reviewId, RecommendationFilter.all()).stream()
                        .filter(x -> x.getId().equals(proposed.getId()))
                        .findFirst()
                        .orElseThrow()
                        .getSources())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(SourceKind.STAKEHOLDER_INPUT);
                    assertThat(s.label()).isEqualTo("Coaching budget");
                });
        assertThatThrownBy(() -> inputs.toRecommendation(sent.getId(), r)).isInstanceOf(TranslatedException.class);
    }

    @Test
    void an_input_with_a_refused_attachment_is_not_stored() {
        signInAs("contributor", Role.CONTRIBUTOR);
        int before = inputs.mine(reviewId).size();
        StakeholderInput draft = new StakeholderInput();
        draft.setReviewId(reviewId);
        draft.setTitle("With a web page");
        draft.setBody("See the attachment.");

        assertThatThrownBy(() -> inputs.submit(
                        draft,
                        List.of(new InputService.Attachment(
                                "report.pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("document.error.type"));
        assertThat(inputs.mine(reviewId)).hasSize(before);
    }
}
