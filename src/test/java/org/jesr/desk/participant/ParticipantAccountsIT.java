package org.jesr.desk.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.TestData;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.ParticipantAccountService.AccountForParticipant;
import org.jesr.desk.participant.pdf.InvitationSheet;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.InvitationService;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserForm;
import org.jesr.desk.security.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat gives a review's people their accounts in one step, links them on screen, and removes mistakes. */
class ParticipantAccountsIT extends IntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    ParticipantAccountService participantAccounts;

    @Autowired
    UserAccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    AgendaService agenda;

    long reviewId;
    Participant imran;
    Participant ayesha;

    @BeforeEach
    void reviewWithTwoParticipants() {
        signInAs("admin", Role.ADMIN);
        reviewId = reviews.save(TestData.review("Sindh JESR 2027", 2027)).getId();
        Organization seld = new Organization();
        seld.setName("School Education and Literacy Department");
        seld.setAcronym("SELD");
        organizations.save(seld);
        imran = participants.save(participant("Imran Soomro", "Imran.Soomro@seld.example.pk", seld));
        ayesha = participants.save(participant("Ayesha Khan", "ayesha.khan@seld.example.pk", seld));
    }

    @Test
    void selected_participants_get_accounts_with_a_role_and_a_printable_sheet_of_single_use_links() throws Exception {
        UserForm lastYear = new UserForm();
        lastYear.setUsername("ayesha.khan@seld.example.pk");
        lastYear.setDisplayName("Ayesha Khan");
        lastYear.setRoles(EnumSet.of(Role.CONTRIBUTOR));
        UserSummary existing = accounts.save(lastYear);
        signInAs("organizer", Role.ORGANIZER);

        List<AccountForParticipant> results =
                participantAccounts.createAccounts(reviewId, List.of(imran.getId(), ayesha.getId()), Role.RAPPORTEUR);

        AccountForParticipant forImran = results.stream()
                .filter(r -> r.name().equals("Imran Soomro"))
                .findFirst()
                .orElseThrow();
        assertThat(forImran.created()).isTrue();
        assertThat(forImran.username()).isEqualTo("imran.soomro@seld.example.pk");
        assertThat(forImran.invitation()).isNotNull();
        AccountForParticipant forAyesha = results.stream()
                .filter(r -> r.name().equals("Ayesha Khan"))
                .findFirst()
                .orElseThrow();
        assertThat(forAyesha.created()).isFalse();
        assertThat(forAyesha.invitation()).isNull();
        assertThat(accounts.findById(existing.id()))
                .get()
                .extracting(UserSummary::roles)
                .isEqualTo(EnumSet.of(Role.CONTRIBUTOR, Role.RAPPORTEUR));
        assertThat(participants.byIds(reviewId, List.of(imran.getId(), ayesha.getId())))
                .allSatisfy(p -> assertThat(p.getUserAccountId()).isNotNull());
        assertThat(participantAccounts.linkedAccountIds()).hasSize(2);
        assertThat(invitations.holder(forImran.invitation().token()))
                .get()
                .extracting(UserSummary::displayName)
                .isEqualTo("Imran Soomro");

        byte[] pdf = participantAccounts.sheet(new InvitationSheet.Sheet(
                "Your JESR Desk account",
                "Scan the code",
                List.of(new InvitationSheet.Card(
                        "Imran Soomro",
                        "SELD",
                        "Username: imran.soomro@seld.example.pk",
                        "https://jesr.example.org/" + forImran.invitation().path(),
                        "Valid once, until 9 Dec"))));
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(read.getPage(1));
            assertThat(text).contains("Imran Soomro", "Username: imran.soomro@seld.example.pk");
            assertThat(text.replaceAll("\\s+", ""))
                    .as("the link, wrapped to fit its card")
                    .contains(forImran.invitation().path());
            assertThat(read.getPage(1).getResources().getResourceNames())
                    .as("the QR code drawn as a form")
                    .isNotEmpty();
        }
    }

    @Test
    void an_account_is_linked_to_one_participant_per_review_from_the_participant_side() {
        UserForm form = new UserForm();
        form.setUsername("rapporteur2");
        form.setDisplayName("A rapporteur");
        form.setRoles(EnumSet.of(Role.RAPPORTEUR));
        UserSummary account = accounts.save(form);
        signInAs("organizer", Role.ORGANIZER);

        participants.linkAccount(imran.getId(), account.id());
        assertThatThrownBy(() -> participants.linkAccount(ayesha.getId(), account.id()))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("participant.error.account-taken"));
        ayesha.setUserAccountId(account.id());
        assertThatThrownBy(() -> participants.save(ayesha)).isInstanceOf(TranslatedException.class);

        participants.linkAccount(imran.getId(), null);
        participants.linkAccount(ayesha.getId(), account.id());
        assertThat(participantAccounts.linkedAccountIds()).containsExactly(account.id());
    }

    @Test
    void a_participant_named_anywhere_is_kept_with_the_reason_and_one_listed_by_mistake_is_removed() {
        signInAs("organizer", Role.ORGANIZER);
        var session = new org.jesr.desk.agenda.AgendaSession();
        session.setReviewId(reviewId);
        session.setTitle("Opening plenary");
        session.setStart(java.time.Instant.parse("2027-12-07T04:00:00Z"));
        session.setEnd(java.time.Instant.parse("2027-12-07T05:00:00Z"));
        session.setPeople(java.util.Set.of(
                new org.jesr.desk.agenda.SessionPerson(imran.getId(), org.jesr.desk.agenda.PersonRole.CHAIR)));
        agenda.save(session);

        assertThat(participants.uses(imran.getId()))
                .containsExactly(new ParticipantUses.Use("participant.use.sessions", 1));
        assertThatThrownBy(() -> participants.delete(imran.getId()))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("participant.error.in-use"));

        assertThat(participants.uses(ayesha.getId())).isEmpty();
        participants.delete(ayesha.getId());
        assertThat(participants.refs(reviewId)).extracting(ParticipantRef::name).containsExactly("Imran Soomro");
    }

    private Participant participant(String name, String email, Organization organization) {
        Participant participant = new Participant();
        participant.setReviewId(reviewId);
        participant.setName(name);
        participant.setEmail(email);
        participant.setOrganization(organization);
        return participant;
    }
}
