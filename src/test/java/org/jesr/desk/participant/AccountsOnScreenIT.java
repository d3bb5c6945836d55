package org.jesr.desk.participant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Locale;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.KaribuSupport;
import org.jesr.desk.TestData;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserForm;
import org.jesr.desk.security.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for a review's people, made, linked and first used on screens only. */
class AccountsOnScreenIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    long reviewId;

    @BeforeEach
    void reviewWithParticipants() {
        KaribuSupport.setUp(context);
        KaribuSupport.login("admin", Role.ADMIN);
        signInAs("admin", Role.ADMIN);
        reviewId = reviews.save(TestData.review("Sindh JESR 2027", 2027)).getId();
        Organization seld = new Organization();
        seld.setName("School Education and Literacy Department");
        seld.setAcronym("SELD");
        organizations.save(seld);
        for (String name : new String[] {"Imran Soomro", "Farzana Ansari", "Nadeem Talpur"}) {
            Participant p = new Participant();
            p.setReviewId(reviewId);
            p.setName(name);
            p.setEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@seld.example.pk");
            p.setOrganization(seld);
            participants.save(p);
        }
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
    }

    @Test
    void the_secretariat_creates_accounts_for_selected_participants_and_a_rapporteur_sets_her_password_by_the_link()
            throws Exception {
        UI.getCurrent().navigate("participants");
        @SuppressWarnings("unchecked")
        Grid<Participant> grid = _get(Grid.class, spec -> spec.withId("participant-grid"));
        assertThat(_get(Button.class, spec -> spec.withId("create-accounts")).isEnabled())
                .isFalse();
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        Button create = _get(Button.class, spec -> spec.withId("create-accounts"));
        assertThat(create.getText()).isEqualTo("Create accounts for 2 selected participants");
        _click(create);

        assertThat(_get(Paragraph.class, spec -> spec.withId("accounts-what")).getText())
                .startsWith("2 people get an account, with their e-mail address as username");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> role = _get(RadioButtonGroup.class, spec -> spec.withId("accounts-role"));
        _setValue(role, Role.RAPPORTEUR);
        _click(_get(Button.class, spec -> spec.withId("accounts-create")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("accounts-summary"))
                        .getText())
                .isEqualTo("2 new password links; nobody already had an account.");
        byte[] sheet = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("accounts-sheet")));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/figures"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/figures/invitation-sheet.pdf"), sheet);
        String text;
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(sheet)))) {
            text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
        }
        assertThat(text)
                .contains(
                        "Your JESR Desk account",
                        "Farzana Ansari",
                        "Username: farzana.ansari@seld.example.pk",
                        "Valid once, until");
        String token = firstTokenInLeftColumn(sheet);
        assertThat(jdbc.queryForObject("select count(*) from invitation", Integer.class))
                .isEqualTo(2);

        KaribuSupport.tearDown();
        KaribuSupport.setUp(context);
        KaribuSupport.anonymous();
        UI.getCurrent().navigate("invitation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-for")).getText())
                .contains("@seld.example.pk");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "monsoon over the indus delta");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "monsoon over the indus deltaX");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password"))
                        .isInvalid())
                .isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "monsoon over the indus delta");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-done")).getText())
                .startsWith("Your password is set.");

        UI.getCurrent().navigate("invitation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-invalid"))
                        .getText())
                .startsWith("This link cannot be used");
        assertThat(jdbc.queryForList(
                        "select password_hash from user_account where username like '%@seld.example.pk'", String.class))
                .anyMatch(hash -> encoder.matches("monsoon over the indus delta", hash));
    }

    @Test
    void a_participant_is_linked_to_an_account_made_separately_and_the_users_list_flags_accounts_without_one() {
        UserForm form = new UserForm();
        form.setUsername("nadeem");
        form.setDisplayName("Nadeem Talpur");
        form.setRoles(EnumSet.of(Role.RAPPORTEUR));
        UserSummary nadeem = accounts.save(form);

        UI.getCurrent().navigate("admin/users");
        assertThat(participantFlag("nadeem")).isEqualTo("Not linked to a participant");

        UI.getCurrent().navigate("participants");
        @SuppressWarnings("unchecked")
        Grid<Participant> grid = _get(Grid.class, spec -> spec.withId("participant-grid"));
        int nadeemRow = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getName().equals("Nadeem Talpur"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(grid, nadeemRow);
        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> account = _get(ComboBox.class, spec -> spec.withId("participant-account"));
        _setValue(
                account,
                account.getListDataView()
                        .getItems()
                        .filter(u -> u.username().equals("nadeem"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("participant-save")));

        assertThat(participants.refs(reviewId))
                .anySatisfy(p -> assertThat(p.name()).isEqualTo("Nadeem Talpur"));
        assertThat(jdbc.queryForObject(
                        "select user_account_id from participant where name = 'Nadeem Talpur'", Long.class))
                .isEqualTo(nadeem.id());
        // A lost card: a new password link from the participant's record.
        GridKt._clickItem(grid, nadeemRow);
        _click(_get(Button.class, spec -> spec.withId("participant-new-link")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(_get(Anchor.class, spec -> spec.withId("invitation-link")).getHref())
                .contains("/invitation/");
        _click(_get(Button.class, spec -> spec.withId("invitation-close")));

        UI.getCurrent().navigate("admin/users");
        assertThat(participantFlag("nadeem")).isEqualTo("Linked");

        // From the account's side: the same account now stands for another participant.
        @SuppressWarnings("unchecked")
        Grid<UserSummary> users = _get(Grid.class, spec -> spec.withId("user-grid"));
        int nadeemAccount = java.util.stream.IntStream.range(0, GridKt._size(users))
                .filter(i -> GridKt._get(users, i).username().equals("nadeem"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(users, nadeemAccount);
        @SuppressWarnings("unchecked")
        ComboBox<org.jesr.desk.security.AccountLinks.Linkable> participant =
                _get(ComboBox.class, spec -> spec.withId("user-participant"));
        assertThat(participant.getValue().label()).startsWith("Nadeem Talpur");
        _setValue(
                participant,
                participant
                        .getListDataView()
                        .getItems()
                        .filter(l -> l.label().startsWith("Farzana"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(jdbc.queryForObject(
                        "select user_account_id from participant where name = 'Farzana Ansari'", Long.class))
                .isEqualTo(nadeem.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from participant where user_account_id is not null", Integer.class))
                .isEqualTo(1);
    }

    /** The link on the first card: the left column's text, its lines joined (a long link wraps), read back from the PDF. */
    private static String firstTokenInLeftColumn(byte[] sheet) throws java.io.IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(sheet)))) {
            var page = pdf.getPage(1);
            var size = page.getPageSize();
            var left = new com.itextpdf.kernel.geom.Rectangle(0, 0, size.getWidth() / 2, size.getHeight());
            var strategy = new com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy();
            var filtered = new com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener(
                    strategy, new com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter(left));
            String column = PdfTextExtractor.getTextFromPage(page, filtered).replaceAll("\\s+", "");
            var match = java.util.regex.Pattern.compile("/invitation/([A-Za-z0-9_-]{43})")
                    .matcher(column);
            assertThat(match.find()).as(column).isTrue();
            return match.group(1);
        }
    }

    private static String participantFlag(String username) {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).username().equals(username))
                .findFirst()
                .orElseThrow();
        return ((Span) GridKt._getCellComponent(grid, row, "participant")).getText();
    }

    @Test
    void the_admin_resets_a_password_by_issuing_a_new_link_never_a_password() {
        UserForm form = new UserForm();
        form.setUsername("farzana");
        form.setDisplayName("Farzana Ansari");
        form.setRoles(EnumSet.of(Role.CONTRIBUTOR));
        accounts.save(form);

        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).username().equals("farzana"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(grid, row);
        assertThat(_find(PasswordField.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("user-reset-password")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("A new password link for Farzana Ansari?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(Anchor.class, spec -> spec.withId("invitation-link")).getHref())
                .contains("/invitation/");
        assertThat(jdbc.queryForObject("select count(*) from invitation where used_at is null", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_rapporteur_not_linked_to_a_participant_is_told_why_the_notes_are_read_only_and_sees_no_saved() {
        var session = new org.jesr.desk.agenda.AgendaSession();
        session.setReviewId(reviewId);
        session.setTitle("Working group: Access & Equity");
        session.setStart(java.time.Instant.parse("2027-12-07T04:00:00Z"));
        session.setEnd(java.time.Instant.parse("2027-12-07T05:00:00Z"));
        context.getBean(org.jesr.desk.agenda.AgendaService.class).save(session);
        KaribuSupport.login("someone", Role.RAPPORTEUR);
        signInAs("someone", Role.RAPPORTEUR);

        UI.getCurrent().navigate("notes/" + session.getId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("notes-readonly-reason"))
                        .getText())
                .startsWith("You can read these notes but not write them: your account is not linked to a participant");
        assertThat(_get(TextArea.class, spec -> spec.withId("notes-summary-text"))
                        .isReadOnly())
                .isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("notes-summary-state")))
                .as("no 'Saved' on a read-only field")
                .isEmpty();
    }
}
