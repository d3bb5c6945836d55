package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.aidememoire.docx.AideMemoireDocx;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AideMemoireDocxIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    AideMemoireExports exports;

    @Autowired
    RecommendationService recommendations;

    @Test
    void the_word_file_reads_back_with_its_headings_and_recommendations_table() throws Exception {
        long reviewId = sampleReviewAsOrganizer();
        List<Recommendation> all = recommendations.list(reviewId, RecommendationFilter.all());
        Recommendation hostile = all.get(1);
        hostile.setText("Train <script>alert(1)</script> head teachers <img src=x onerror=alert(2)>.");
        recommendations.update(hostile);
        recommendations.decide(all.get(0).getId(), Consensus.AGREED, null);
        recommendations.decide(hostile.getId(), Consensus.AGREED, null);
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.setLanguage(id, "fr");
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);

        byte[] docx = exports.docx(aideMemoires.versions(id).getFirst().getId());

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = word.getParagraphs().stream()
                    .filter(p -> AideMemoireDocx.HEADING_STYLE.equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings)
                    .startsWith("Sommaire", "Introduction et objectifs", "Déroulement et participation")
                    .contains("Recommandations adoptées", "Annexe : participation et présence");
            assertThat(word.getStyles()
                            .getStyle(AideMemoireDocx.HEADING_STYLE)
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal()
                            .intValue())
                    .isZero();

            XWPFTable matrix = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(2).getText().equals("Recommandation"))
                    .findFirst()
                    .orElseThrow();
            assertThat(matrix.getRows()).hasSize(3);
            XWPFTableRow row = matrix.getRow(2);
            assertThat(row.getCell(3).getText()).isEqualTo(hostile.getResponsibleBody());
            assertThat(row.getCell(2).getText())
                    .isEqualTo("Train <script>alert(1)</script> head teachers <img src=x onerror=alert(2)>.");
            assertThat(matrix.getRow(0).isRepeatHeader()).isTrue();
            assertThat(row.isCantSplitRow()).isTrue();
            assertThat(word.getHeaderList())
                    .anySatisfy(h -> assertThat(h.getText()).contains("Version 1"));
            assertThat(word.getFooterList())
                    .anySatisfy(f -> assertThat(f.getText()).contains("Page").contains("sur"));
        }
    }
}
