package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** A review's public page: opt-in, anonymous, and never showing what is not final or public. */
class PublicPageIT extends IntegrationTest {

    @Autowired
    WebApplicationContext web;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    ConsultationService consultation;

    MockMvc mvc;
    long reviewId;
    String publicTitle;
    String restrictedTitle;

    @BeforeEach
    void aReviewWithARestrictedSideMeeting() {
        reviewId = sampleReviewAsOrganizer();
        mvc = MockMvcBuilders.webAppContextSetup(web)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        List<AgendaSession> sessions = agenda.sessions(reviewId, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null));
        AgendaSession restricted = sessions.get(1);
        restricted.setTitle("Side meeting <script>alert(1)</script> on budget");
        restricted.setVisibility(Visibility.RESTRICTED);
        agenda.save(restricted);
        restrictedTitle = "Side meeting";
        AgendaSession open = sessions.getFirst();
        open.setTitle("Opening & welcome <b>plenary</b>");
        agenda.save(open);
        publicTitle = "Opening &amp; welcome &lt;b&gt;plenary&lt;/b&gt;";
    }

    @Test
    void the_page_is_off_until_an_organizer_turns_it_on() throws Exception {
        signOut();
        assertThat(status("/public/reviews/" + reviewId)).isEqualTo(404);
        signInAs("organizer", Role.ORGANIZER);
        reviews.setPublicPage(reviewId, true);
        Review previous = previousReview();
        signOut();
        assertThat(status("/public/reviews/" + reviewId)).isEqualTo(200);
        assertThat(status("/public/reviews/" + previous.id()))
                .as("another review of the same instance stays private")
                .isEqualTo(404);
    }

    @Test
    void anyone_sees_the_public_programme_escaped_and_never_a_restricted_session() throws Exception {
        reviews.setPublicPage(reviewId, true);
        signOut();
        MvcResult page = anonymous("/public/reviews/" + reviewId);
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("<title>Sindh Joint Education Sector Review 2026</title>", publicTitle)
                .doesNotContain(restrictedTitle, "<script>", "<b>plenary")
                .doesNotContain("<script");
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("max-age=300", "public");
        assertThat(page.getResponse().getHeader("X-Robots-Tag")).isNull();
    }

    @Test
    void recommendations_appear_only_once_agreed_and_the_list_closed() throws Exception {
        reviews.setPublicPage(reviewId, true);
        List<Recommendation> proposed = recommendations.list(reviewId, RecommendationFilter.all());
        Recommendation agreed = proposed.get(0);
        Recommendation rejected = proposed.get(1);
        recommendations.decide(agreed.id(), Consensus.AGREED, null);
        recommendations.decide(rejected.id(), Consensus.DROPPED, null);
        signOut();
        assertThat(anonymousHtml()).doesNotContain(escaped(agreed.getText()));

        signInAs("organizer", Role.ORGANIZER);
        recommendations.closeWrapUp(reviewId);
        signOut();
        assertThat(anonymousHtml())
                .contains(escaped(agreed.getText()), "Not started")
                .doesNotContain(escaped(rejected.getText()));
    }

    @Test
    void only_the_final_aide_memoire_is_linked_and_its_pdf_is_real() throws Exception {
        reviews.setPublicPage(reviewId, true);
        long id = aideMemoires.create(reviewId).id();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        long consultationVersion = aideMemoires.versions(id).getLast().id();
        signOut();
        assertThat(anonymousHtml()).contains("The final aide-memoire is not published yet.");
        assertThat(status("/public/reviews/" + reviewId + "/aide-memoire/" + consultationVersion + ".pdf"))
                .as("a version in consultation never leaves through the public page")
                .isEqualTo(404);

        signInAs("organizer", Role.ORGANIZER);
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        consultation.signOff(id, Constituency.GOVERNMENT, "Zahid Abbas", "Secretary");
        consultation.signOff(id, Constituency.DEVELOPMENT_PARTNER, "Hiroshi Sato", "co-chair");
        aideMemoires.moveTo(id, AideMemoireStatus.FINAL);
        long finalVersion = aideMemoires.versions(id).getLast().id();
        signOut();
        String link = "/public/reviews/" + reviewId + "/aide-memoire/" + finalVersion + ".pdf";
        assertThat(anonymousHtml()).contains("href=\"" + link + "\"");
        byte[] pdf = anonymous(link).getResponse().getContentAsByteArray();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1)))
                    .contains("Sindh Joint Education Sector Review 2026");
        }
        signInAs("organizer", Role.ORGANIZER);
        reviews.setPublicPage(reviewId, false);
        signOut();
        assertThat(status(link)).as("turned off, the PDF goes too").isEqualTo(404);
    }

    @Test
    void the_page_speaks_the_language_asked_for_among_the_reviews() throws Exception {
        reviews.setPublicPage(reviewId, true);
        signOut();
        assertThat(mvc.perform(get("/public/reviews/" + reviewId).header("Accept-Language", "fr-FR,fr;q=0.9"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<html lang=\"fr\"", "Programme public", "Recommandations convenues");
        assertThat(anonymous("/public/reviews/" + reviewId + "?lang=en")
                        .getResponse()
                        .getContentAsString())
                .contains("<html lang=\"en\"", "Public programme");
    }

    private Review previousReview() {
        return reviews.previous(reviews.find(reviewId).orElseThrow()).orElseThrow();
    }

    private String anonymousHtml() throws Exception {
        return anonymous("/public/reviews/" + reviewId + "?lang=en")
                .getResponse()
                .getContentAsString();
    }

    private MvcResult anonymous(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result;
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
