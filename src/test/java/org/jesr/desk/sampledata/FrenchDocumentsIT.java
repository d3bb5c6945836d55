package org.jesr.desk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jesr.desk.EnglishSentences;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.PdfText;
import org.jesr.desk.agenda.AgendaPrintService;
import org.jesr.desk.aidememoire.AideMemoireExports;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.exchange.SelfAssessmentService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21: every document generated for a French review reads back in French, body text
 * included, with no English sentence, neither the app's own wording nor one built in code.
 */
class FrenchDocumentsIT extends IntegrationTest {

    @Autowired
    SampleDataLoader sample;

    @Autowired
    ReviewService reviews;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    AideMemoireExports exports;

    @Autowired
    AgendaPrintService agendaPrint;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AppI18nProvider i18n;

    Review review;

    @BeforeEach
    void theFrenchReview() {
        assertThat(sample.loadSetIfEmpty("revue-2026-fr")).isTrue();
        signInAs("organisateur", Role.ORGANIZER);
        review = reviews.current().orElseThrow();
    }

    @Test
    void the_french_aide_memoire_body_is_french_in_the_pdf_the_word_file_and_the_pack() throws IOException {
        long id = aideMemoires.find(review.getId()).orElseThrow().getId();
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        long version = aideMemoires.freeze(id).getId();

        String pdf = pdf(exports.pdf(version));
        String word;
        try (XWPFWordExtractor extractor =
                new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(exports.docx(version))))) {
            word = extractor.getText();
        }
        String pack = pdf(exports.pack(version));

        // The body: the introduction drafted from the review, and findings drafted from the notes.
        assertThat(squash(pdf))
                .contains("s’est tenue", "Sommaire", "Constats")
                .doesNotContain("took place", "Contents");
        assertThat(squash(word)).contains("s’est tenue");
        for (String document : new String[] {pdf, word, pack}) {
            assertThat(EnglishSentences.appWordingIn(document)).isEmpty();
            assertThat(EnglishSentences.in(document)).isEmpty();
        }
    }

    @Test
    void the_programme_and_the_self_assessment_print_in_french() throws IOException {
        Locale french = Locale.FRENCH;
        String programme = pdf(agendaPrint.pdf(review, french, (key, args) -> i18n.getTranslation(key, french, args)));
        String comparison = pdf(selfAssessments.comparisonPdf(review.getId(), "fr"));

        assertThat(squash(programme)).contains("Plénière d'ouverture");
        for (String document : new String[] {programme, comparison}) {
            assertThat(EnglishSentences.appWordingIn(document)).isEmpty();
            assertThat(EnglishSentences.in(document)).isEmpty();
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String pdf(byte[] bytes) throws IOException {
        return PdfText.of(bytes);
    }
}
