package org.jesr.desk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import org.jesr.desk.MailIntegrationTest;
import org.jesr.desk.PinnedClock;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.mail.internal.OutboxSender;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One digest a day per person, in their language, with what needs them; none for who turned it off. */
class ReminderIT extends MailIntegrationTest {

    static final String APP = "https://jesr.example.org/";

    @Autowired
    ReminderService reminders;

    @Autowired
    ReviewService reviews;

    @Autowired
    ObligationService obligations;

    @Autowired
    AccountabilityService accountability;

    @Autowired
    ParticipantService participants;

    @Autowired
    AgendaService agenda;

    @Autowired
    UserAccountService accounts;

    @Autowired
    OutboxSender sender;

    Review review;
    long fcdo;

    @BeforeEach
    void somethingOwedSomethingLateSomethingDue() {
        // Stopped a week before the sample review (7-9 December 2026): its own FCDO input, due on the
        // 9th, is not due yet. Left to the real clock, the test counted three reminders from the 6th on.
        clock.pin(PinnedClock.BEFORE_THE_SAMPLE);
        long reviewId = sampleReviewAsOrganizer();
        review = reviews.find(reviewId).orElseThrow();
        signInAs("contributor", Role.CONTRIBUTOR);
        fcdo = participants.currentOrganizationIds().iterator().next();
        signInAs("organizer", Role.ORGANIZER);
        LocalDate today = LocalDate.now(clock.withZone(review.zone()));

        Obligation owed = new Obligation();
        owed.setReviewId(reviewId);
        owed.setConstituency(Constituency.DEVELOPMENT_PARTNER);
        owed.setOrganizationId(fcdo);
        owed.setTitle("Disbursement figures for the financial report");
        owed.setDueDate(today.plusDays(2));
        obligations.save(owed);

        Review previous = reviews.previous(review).orElseThrow();
        Recommendation stipend = accountability
                .register(previous.id(), AccountabilityFilter.all())
                .get(1)
                .recommendation();
        accountability.assign(stipend.id(), fcdo, Set.of(), previous.endDate().plusDays(10));

        AgendaSession group = agenda.sessions(reviewId, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals("Working group: Quality & Learning (continued)"))
                .findFirst()
                .orElseThrow();
        group.setStart(clock.instant().minus(Duration.ofHours(52)));
        group.setEnd(clock.instant().minus(Duration.ofHours(50)));
        agenda.save(group);
    }

    @Test
    void each_person_gets_one_digest_in_their_language_with_what_needs_them_and_never_two_a_day() throws Exception {
        int digests = reminders.sendDigests(APP);
        assertThat(digests).isGreaterThanOrEqualTo(2);
        assertThat(reminders.sendDigests(APP)).as("a second run the same day").isZero();
        while (sender.sendDue() > 0) {
            // the sender takes 50 at a time
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(digests);

        MimeMessage claire = to(received, "claire.whitfield@fcdo.example.org");
        assertThat(claire.getSubject()).isEqualTo("Sindh Joint Education Sector Review 2026: 2 reminders for today");
        assertThat(GreenMailUtil.getBody(claire).replace("=\r\n", ""))
                .contains(
                        "Disbursement figures for the financial report: due on",
                        "Overdue since",
                        "Introduce a stipend for girls in grades 6-8.",
                        APP + "account");
        MimeMessage imran = to(received, "imran.soomro@seld.example.pk");
        assertThat(GreenMailUtil.getBody(imran).replace("=\r\n", ""))
                .contains("Working group: Quality & Learning (continued)", "are not handed in yet")
                .doesNotContain("Disbursement");
    }

    @Test
    void someone_who_turned_the_digest_off_gets_nothing_and_the_others_still_do() {
        signInAs("contributor", Role.CONTRIBUTOR);
        accounts.setOwnReminders(false);
        assertThat(accounts.ownRemindersOn()).isFalse();
        signInAs("organizer", Role.ORGANIZER);

        reminders.sendDigests(APP);
        while (sender.sendDue() > 0) {
            // the sender takes 50 at a time
        }
        assertThat(SMTP.getReceivedMessages())
                .extracting(m -> address(m))
                .contains("imran.soomro@seld.example.pk")
                .doesNotContain("claire.whitfield@fcdo.example.org");
    }

    private static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(m -> address(m).equals(address))
                .findFirst()
                .orElseThrow();
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
