package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jesr.desk.MailIntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.mail.MessageState;
import org.jesr.desk.mail.internal.OutboxSender;
import org.jesr.desk.participant.AudienceService;
import org.jesr.desk.participant.ParticipantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A circulated version reaches people: by e-mail, in their language, with a link and never an attachment. */
class CirculationIT extends MailIntegrationTest {

    static final String APP = "https://jesr.example.org/";

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    CirculationService circulation;

    @Autowired
    AudienceService audiences;

    @Autowired
    ParticipantService participants;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext web;

    long reviewId;
    long versionId;

    @BeforeEach
    void aVersionInConsultation() {
        reviewId = sampleReviewAsOrganizer();
        long id = aideMemoires.create(reviewId).id();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        versionId = aideMemoires.versions(id).getLast().id();
    }

    @Test
    void each_person_gets_one_e_mail_in_their_language_with_a_link_and_no_attachment() throws Exception {
        long aminata = participant("aminata.diop@education.example.sn");
        long imran = participant("imran.soomro@seld.example.pk");
        int government = audiences
                .resolve(reviewId, Set.of("constituency:GOVERNMENT"), Set.of())
                .size();

        Circulation sent = circulation.circulate(
                new Circulating(
                        versionId,
                        CirculationPurpose.COMMENTS,
                        Set.of("constituency:GOVERNMENT"),
                        Set.of(aminata, imran),
                        "minister.office@sindh.example.gov.pk\n",
                        "Government, 2 named people, 1 other address"),
                APP);

        int expected = government + 2; // Imran is in the government group too: one e-mail, not two
        assertThat(circulation.recipients(sent.id()))
                .hasSize(expected)
                .allSatisfy(r -> assertThat(r.message().status()).isEqualTo(MessageState.Status.QUEUED));
        while (sender.sendDue() > 0) {
            // the sender takes 50 at a time
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(expected);
        assertThat(circulation.recipients(sent.id()))
                .allSatisfy(r -> assertThat(r.message().status()).isEqualTo(MessageState.Status.SENT));

        MimeMessage french = to(received, "aminata.diop@education.example.sn");
        assertThat(french.getSubject())
                .isEqualTo("Sindh Joint Education Sector Review 2026 : aide-mémoire, version 1 (Pour commentaires)");
        assertThat(french.getContent()).as("text only: nothing attached").isInstanceOf(String.class);
        assertThat(GreenMailUtil.getBody(french))
                .contains("Bonjour Aminata Diop", APP + "aide-memoire", "Connectez-vous");

        MimeMessage external = to(received, "minister.office@sindh.example.gov.pk");
        assertThat(external.getSubject())
                .startsWith("Sindh Joint Education Sector Review 2026: aide-memoire, version 1");
        String token = token(GreenMailUtil.getBody(external));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        signOut();
        byte[] pdf = mvc.perform(get("/circulated/" + token))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from circulation_recipient where token = ? and opened_at is not null",
                        Integer.class,
                        token))
                .isEqualTo(1);

        jdbc.update(
                "update circulation_recipient set token_expires_at = ? where token = ?",
                Timestamp.from(clock.instant().minusSeconds(60)),
                token);
        var gone = mvc.perform(get("/circulated/" + token).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(gone.getContentAsString()).contains("Ce lien a expiré.");
        assertThat(mvc.perform(get("/circulated/not-a-token"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_message_that_cannot_be_sent_shows_as_failing_with_its_reason() throws Exception {
        Circulation sent = circulation.circulate(
                new Circulating(
                        versionId,
                        CirculationPurpose.GOVERNMENT_ACTION,
                        Set.of(),
                        Set.of(),
                        "finance@sindh.example.gov.pk",
                        "Finance"),
                APP);
        SMTP.stop();
        assertThat(sender.sendDue()).isZero();
        assertThat(circulation.recipients(sent.id())).singleElement().satisfies(r -> {
            assertThat(r.message().status()).isEqualTo(MessageState.Status.RETRYING);
            assertThat(r.message().error()).isNotBlank();
        });
        jdbc.update("update outbox_message set attempts = 8");
        assertThat(circulation.recipients(sent.id()).getFirst().message().status())
                .isEqualTo(MessageState.Status.FAILED);
        SMTP.start();
    }

    @Test
    void an_invalid_address_or_one_carrying_a_header_refuses_the_whole_circulation_and_nothing_is_queued() {
        int circulationsBefore = count("aide_memoire_circulation");
        for (String bad : List.of(
                "not-an-address",
                "finance@sindh.example.gov.pk\r\nBcc: everyone@example.org",
                "<finance@sindh.example.gov.pk>",
                "finance@sindh.example.gov.pk%0D%0ABcc:x@example.org")) {
            assertThatThrownBy(() -> circulation.circulate(
                            new Circulating(
                                    versionId,
                                    CirculationPurpose.COMMENTS,
                                    Set.of("constituency:GOVERNMENT"),
                                    Set.of(),
                                    bad,
                                    "x"),
                            APP))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            TranslatedException.class, e -> assertThat(e.key()).isEqualTo("mail.error.address"));
        }
        assertThat(count("aide_memoire_circulation")).isEqualTo(circulationsBefore);
        assertThat(count("circulation_recipient")).isZero();
        assertThat(count("outbox_message")).isZero();
        assertThatThrownBy(() -> circulation.circulate(
                        new Circulating(versionId, CirculationPurpose.COMMENTS, Set.of(), Set.of(), " ", "nobody"),
                        APP))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-circulation.error.nobody"));
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }

    private long participant(String email) {
        return jdbc.queryForObject(
                "select id from participant where email = ? and review_id = ?", Long.class, email, reviewId);
    }

    private static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    private static String token(String body) {
        Matcher m = Pattern.compile(Pattern.quote(APP) + "circulated/([A-Za-z0-9_-]+)")
                .matcher(body.replace("=\r\n", ""));
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
