package org.jesr.desk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.util.List;
import org.jesr.desk.MailIntegrationTest;
import org.jesr.desk.TestData;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantAccountService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitation links go out by e-mail through the outbox, to a real (embedded) SMTP server, and are retried. */
class OutboxIT extends MailIntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    ParticipantAccountService accounts;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_accounts_password_link_is_e_mailed_in_the_participants_language() throws Exception {
        long reviewId = reviewWithParticipant("Chérif Ndiaye", "cherif@men.example.sn", "fr");
        var results = accounts.createAccounts(reviewId, List.of(participantId("cherif@men.example.sn")), Role.OBSERVER);

        assertThat(accounts.emailLinks(reviewId, results, "https://jesr.example.org/"))
                .isEqualTo(1);
        assertThat(SMTP.getReceivedMessages())
                .as("nothing leaves before the sender runs")
                .isEmpty();
        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("cherif@men.example.sn");
        assertThat(received[0].getSubject()).isEqualTo("Votre compte pour Sindh JESR 2027");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains(
                        "https://jesr.example.org/invitation/",
                        "cherif@men.example.sn",
                        "Choisissez votre mot de passe");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where sent_at is not null", Integer.class))
                .isEqualTo(1);
        assertThat(sender.sendDue()).as("sent once, never twice").isZero();
    }

    @Test
    void a_message_that_cannot_be_sent_stays_queued_and_goes_out_on_a_later_try() throws Exception {
        long reviewId = reviewWithParticipant("Ayesha Khan", "ayesha@unicef.example.org", "en");
        var results = accounts.createAccounts(
                reviewId, List.of(participantId("ayesha@unicef.example.org")), Role.CONTRIBUTOR);
        accounts.emailLinks(reviewId, results, "https://jesr.example.org/");

        SMTP.stop();
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForMap("select attempts, sent_at, last_error from outbox_message"))
                .containsEntry("ATTEMPTS", 1)
                .containsEntry("SENT_AT", null)
                .extractingByKey("LAST_ERROR")
                .isNotNull();
        assertThat(sender.sendDue()).as("not before its next try is due").isZero();

        SMTP.start();
        jdbc.update(
                "update outbox_message set next_attempt_at = ?",
                Timestamp.from(clock.instant().minusSeconds(1)));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages())
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Your account for Sindh JESR 2027"));
    }

    private long reviewWithParticipant(String name, String email, String language) {
        signInAs("organizer", Role.ORGANIZER);
        long reviewId = reviews.save(TestData.review("Sindh JESR 2027", 2027)).getId();
        Organization organization = new Organization();
        organization.setName("Ministère de l'Éducation nationale");
        organizations.save(organization);
        Participant participant = new Participant();
        participant.setReviewId(reviewId);
        participant.setName(name);
        participant.setEmail(email);
        participant.setOrganization(organization);
        participant.setPreferredLanguage(language);
        participants.save(participant);
        return reviewId;
    }

    private long participantId(String email) {
        return jdbc.queryForObject("select id from participant where email = ?", Long.class, email);
    }
}
