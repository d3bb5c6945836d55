package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jesr.desk.EnglishSentences;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.PdfText;
import org.jesr.desk.VeraPdf;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The signed document: read back with a PDF library, and checked by veraPDF for PDF/UA-1 and PDF/A-2a. */
class AideMemoirePdfIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    AideMemoireExports exports;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ConsultationService consultation;

    long reviewId;
    List<Recommendation> agreed;

    @BeforeEach
    void aReviewWithAgreedRecommendations() {
        reviewId = sampleReviewAsOrganizer();
        List<Recommendation> all = recommendations.list(reviewId, RecommendationFilter.all());
        Recommendation hostile = all.get(3);
        hostile.setText(
                "Publish school lists <script>alert('x')</script> by <b onclick=x()>union council</b> — élèves, écoles.");
        recommendations.update(hostile);
        agreed = List.of(
                recommendations.decide(all.get(0).getId(), Consensus.AGREED, null),
                recommendations.decide(all.get(2).getId(), Consensus.AGREED, null),
                recommendations.decide(hostile.getId(), Consensus.AGREED, null));
    }

    @Test
    void the_pdf_reads_back_with_its_numbered_paragraphs_matrix_and_page_numbers() throws IOException {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion v1 = aideMemoires.versions(id).getFirst();

        byte[] pdf = exports.pdf(v1.getId());
        keep(pdf, "aide-memoire-v1-en.pdf");

        String text = text(pdf).replaceAll("[ \\t]*\\n[ \\t]*", " ").replaceAll(" +", " ");
        assertThat(text)
                .contains(
                        "Aide-memoire — Sindh Joint Education Sector Review 2026",
                        "Contents",
                        "Introduction and objectives",
                        "Agreed recommendations matrix",
                        "DRAFT v1 – for consultation");
        assertThat(text).containsPattern("Page 2 of \\d+");
        assertThat(text).contains("1. The Sindh Joint Education Sector Review 2026 took place");
        for (Recommendation r : agreed) {
            assertThat(text).contains(r.getResponsibleBody());
        }
        // What a user typed is printed as the characters they typed, never interpreted as markup.
        assertThat(text)
                .contains("Publish school lists <script>alert('x')</script> by <b onclick=x()>union council</b>");
        assertThat(text).contains("élèves, écoles");
    }

    @Test
    void sections_flow_on_instead_of_each_taking_a_new_page() throws IOException {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion v1 = aideMemoires.versions(id).getFirst();
        List<String> headings = exports.document(v1.getId()).parts().stream()
                .map(part -> part.heading())
                .toList();

        List<String> pages = pages(exports.pdf(v1.getId()));

        // Cover and contents first, then sections that share pages where they fit.
        assertThat(pages.size()).isLessThan(2 + headings.size());
        assertThat(pages.subList(2, pages.size()).stream()
                        .filter(page -> !page.contains("Contents"))
                        .toList())
                .anySatisfy(page -> assertThat(
                                headings.stream().filter(page::contains).count())
                        .isGreaterThanOrEqualTo(2));
    }

    @Test
    void the_pdf_passes_verapdf_for_pdf_ua_1_and_pdf_a_2a_in_english_and_french() throws Exception {
        long id = aideMemoires.create(reviewId).getId();
        long english = aideMemoires.freeze(id).getId();
        aideMemoires.setLanguage(id, "fr");
        long french = aideMemoires.freeze(id).getId();

        for (long versionId : List.of(english, french)) {
            byte[] pdf = exports.pdf(versionId);
            String language = versionId == english ? "en" : "fr";
            keep(pdf, "aide-memoire-verapdf-" + language + ".pdf");
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1))
                    .as("PDF/UA-1 failures (%s)", language)
                    .isEmpty();
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A))
                    .as("PDF/A-2a failures (%s)", language)
                    .isEmpty();
        }
        assertThat(text(exports.pdf(french))).contains("Sommaire", "Matrice des recommandations adoptées", "PROJET v2");
    }

    /**
     * Issue 21: a French reader of an English version got French headings and tables over English
     * paragraphs. The aide-memoire is official, so each version prints wholly in its own language,
     * whoever downloads it; the French version's body is French too.
     */
    @Test
    void each_version_prints_wholly_in_its_own_language_body_text_included() throws Exception {
        long id = aideMemoires.create(reviewId).getId();
        assertThat(aideMemoires.findById(id).getLanguage()).isEqualTo("en");
        long englishVersion = aideMemoires.freeze(id).getId();
        aideMemoires.setLanguage(id, "fr");
        long frenchVersion = aideMemoires.freeze(id).getId();

        String english = text(exports.pdf(englishVersion)).replaceAll("\\s+", " ");
        String french = text(exports.pdf(frenchVersion)).replaceAll("\\s+", " ");

        assertThat(english)
                .contains("On track", "Contents", "took place at")
                .doesNotContain("En bonne voie", "Sommaire");
        assertThat(french)
                .contains("En bonne voie", "Sommaire", "s’est tenue")
                .doesNotContain("On track", "Off track", "Contents", "took place at");
        assertThat(EnglishSentences.appWordingIn(french)).isEmpty();
        // The detectors find English where it is: they are not empty by construction.
        assertThat(EnglishSentences.appWordingIn(english)).isNotEmpty();
        assertThat(EnglishSentences.in(english)).isNotEmpty();
    }

    @Test
    void the_final_pdf_carries_the_co_chairs_sign_off_and_no_draft_watermark() throws Exception {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        consultation.signOff(
                id, Constituency.GOVERNMENT, "Zahid Abbas", "Secretary, School Education and Literacy Department");
        consultation.signOff(id, Constituency.DEVELOPMENT_PARTNER, "Hiroshi Sato", "World Bank, co-chair");
        aideMemoires.moveTo(id, AideMemoireStatus.FINAL);

        byte[] pdf = exports.pdf(aideMemoires.versions(id).getLast().getId());
        keep(pdf, "aide-memoire-final-en.pdf");
        String text = text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Version 2 — Final",
                        "Signed for the review's co-chairs",
                        "Government: Zahid Abbas (Secretary, School Education and Literacy Department)",
                        "Development partner: Hiroshi Sato (World Bank, co-chair)")
                .doesNotContain("DRAFT");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new java.util.ArrayList<>();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(page), new SimpleTextExtractionStrategy())
                        .replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }

    /** Kept in target/pdf for a person to look at; no test reads them back from there. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "pdf"));
        Files.write(folder.resolve(name), pdf);
    }
}
