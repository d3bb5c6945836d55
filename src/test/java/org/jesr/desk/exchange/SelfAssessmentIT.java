package org.jesr.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SelfAssessmentIT extends IntegrationTest {

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    DelegationService delegations;

    long reviewId;

    @BeforeEach
    void sample() {
        reviewId = fullSampleReviewAsOrganizer();
    }

    /**
     * Worked out by hand from the sample files: attendance.csv signs in 64 people, of whom 15
     * development partners, 11 civil society and 4 from the coordinating agency (30); 6 of the 7
     * key findings in key-findings.csv cite evidence; 17 of last year's 20 agreed recommendations
     * have a status beyond "not started"; the aide-memoire was circulated before the wrap-up's
     * date in the sample, so there is no delay to report yet.
     */
    @Test
    void the_suggested_evidence_matches_the_values_worked_out_by_hand_from_the_sample() {
        Map<Criterion, EvidenceSuggestion> byCriterion = selfAssessments.suggestions(reviewId).stream()
                .collect(Collectors.toMap(EvidenceSuggestion::criterion, s -> s));

        assertThat(byCriterion.get(Criterion.PARTICIPATION).value()).isEqualTo(30.0 / 64);
        assertThat(byCriterion.get(Criterion.PARTICIPATION).suggested()).isEqualTo(Maturity.EMERGING);
        assertThat(byCriterion.get(Criterion.FINDINGS_CITE_EVIDENCE).value()).isEqualTo(6.0 / 7);
        assertThat(byCriterion.get(Criterion.FINDINGS_CITE_EVIDENCE).suggested())
                .isEqualTo(Maturity.ADVANCED);
        assertThat(byCriterion.get(Criterion.FOLLOW_UP_OF_RECOMMENDATIONS).value())
                .isEqualTo(17.0 / 20);
        assertThat(byCriterion.get(Criterion.PROMPT_CIRCULATION).value()).isNull();
    }

    @Test
    void the_host_and_the_delegations_are_compared_side_by_side_and_each_rates_only_its_own() throws Exception {
        List<SelfAssessment> all = selfAssessments.assessments(reviewId);
        assertThat(all).extracting(SelfAssessment::getCountry).containsExactly("Sindh, Pakistan", "SN", "NP");
        SelfAssessment host = all.getFirst();
        assertThat(host.rating(Criterion.PARTICIPATION))
                .get()
                .extracting(Rating::maturity)
                .isEqualTo(Maturity.EMERGING);
        // The assessor overrides a suggestion.
        selfAssessments.rate(
                host.getId(), Criterion.PARTICIPATION, Maturity.ESTABLISHED, "Civil society chaired two groups.");
        assertThat(selfAssessments.assessments(reviewId).getFirst().rating(Criterion.PARTICIPATION))
                .get()
                .extracting(Rating::maturity)
                .isEqualTo(Maturity.ESTABLISHED);

        signInAs("delegate", Role.OBSERVER);
        long senegal = all.get(1).getId();
        assertThatThrownBy(() -> selfAssessments.rate(senegal, Criterion.JOINT_MONITORING, Maturity.ADVANCED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> selfAssessments.rate(host.getId(), Criterion.JOINT_MONITORING, Maturity.ADVANCED, null))
                .isInstanceOf(AccessDeniedException.class);

        byte[] pdf = selfAssessments.comparisonPdf(reviewId, "fr");
        String text;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            text = PdfTextExtractor.getTextFromPage(document.getPage(1), new SimpleTextExtractionStrategy())
                    .replaceAll("\\s+", " ");
        }
        // Country names come from the JDK's locale data, in the document's language (issue 21).
        assertThat(text)
                .contains("Sindh, Pakistan", "Sénégal", "Népal", "Inclusive et participative", "3 · Établi")
                .doesNotContain("Senegal", "Nepal");
    }
}
