package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Priority;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MinisterialPackIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    AideMemoireExports exports;

    @Autowired
    RecommendationService recommendations;

    @Test
    void the_pack_has_five_16_9_slides_with_key_messages_a_drawn_chart_and_the_top_recommendations() throws Exception {
        long reviewId = sampleReviewAsOrganizer();
        List<Recommendation> all = recommendations.list(reviewId, RecommendationFilter.all());
        for (int i = 0; i < 8; i++) {
            recommendations.decide(all.get(i).getId(), Consensus.AGREED, null);
        }
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        long inConsultation = aideMemoires.versions(id).getLast().getId();
        assertThatThrownBy(() -> exports.pack(inConsultation))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-pack.error.not-validated"));
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        aideMemoires.setKeyMessages(
                id, "Enrolment is rising, but girls still leave after grade 5.\nBudget execution reached 90%.\n");
        long validated = aideMemoires.freeze(id).getId();

        byte[] pack = exports.pack(validated);
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "ministerial-pack-en.pdf"), pack);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(pack)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            Rectangle size = pdf.getPage(1).getPageSize();
            assertThat(size.getWidth() / size.getHeight())
                    .isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.001f));
            assertThat(text(pdf, 2))
                    .contains(
                            "Key messages",
                            "Enrolment is rising, but girls still leave after grade 5.",
                            "Budget execution reached 90%.");
            // The chart is vector drawing: filled rectangles in the page's own content, and no image.
            String chart = new String(pdf.getPage(3).getContentBytes(), StandardCharsets.ISO_8859_1);
            assertThat(chart.split(" re\\n").length - 1).isGreaterThanOrEqualTo(8);
            assertThat(pdf.getPage(3).getResources().getResourceNames(PdfName.XObject))
                    .isEmpty();
            assertThat(text(pdf, 3)).contains("Access & Equity", "On track", "Off track", "No data");
            String top = text(pdf, 4);
            List<Recommendation> high = recommendations.list(reviewId, RecommendationFilter.all()).stream()
                    .filter(Recommendation::isAgreed)
                    .filter(r -> r.getPriority() == Priority.HIGH)
                    .toList();
            assertThat(high).isNotEmpty();
            assertThat(top).contains(high.getFirst().getResponsibleBody());
            assertThat(text(pdf, 5)).contains("Next steps", "Inter-Provincial Education Ministerial Conference");
        }
    }

    private static String text(PdfDocument pdf, int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page), new SimpleTextExtractionStrategy())
                .replaceAll("\\s+", " ");
    }
}
