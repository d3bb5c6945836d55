package org.jesr.desk.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.KaribuSupport;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A new secretariat on an empty instance: every step from the review itself to its working groups, on screens. */
class FirstReviewSetupIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    ThemeService themes;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @BeforeEach
    void emptyInstanceAsOrganizer() {
        KaribuSupport.setUp(context);
        KaribuSupport.login("secretariat", Role.ORGANIZER);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
    }

    @Test
    void an_empty_instance_leads_the_organizer_to_set_up_the_review_and_then_to_each_next_step() {
        UI.getCurrent().navigate("");
        assertThat(_find(Span.class, spec -> spec.withId("demo-warning")))
                .as("no demo account, no warning")
                .isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("set-up-review")).getHref())
                .isEqualTo("settings");
        assertThat(_get(Span.class, spec -> spec.withId("setup-review-state")).getText())
                .isEqualTo("Not started");
        assertThat(_find(Span.class, spec -> spec.withId("setup-organizations-state")))
                .isEmpty();

        assertThat(_get(Anchor.class, spec -> spec.withId("setup-review-link")).getHref())
                .isEqualTo("settings");
        UI.getCurrent().navigate("settings");
        assertThat(_get(IntegerField.class, spec -> spec.withId("review-year")).getValue())
                .isEqualTo(LocalDate.now(clock).getYear());
        fillIn("Punjab JESR 2027", 2027);
        _click(_get(Button.class, spec -> spec.withId("save-review")));

        assertThat(reviews.current()).get().extracting(Review::getName).isEqualTo("Punjab JESR 2027");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("review-name")).getText())
                .isEqualTo("Punjab JESR 2027");
        assertThat(_get(Span.class, spec -> spec.withId("setup-review-state")).getText())
                .isEqualTo("Done");
        assertThat(_get(Span.class, spec -> spec.withId("setup-organizations-state"))
                        .getText())
                .isEqualTo("Not started");
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-organizations-detail"))
                        .getText())
                .isEqualTo(
                        "No organization; 0 of the 3 constituencies (government, development partners, civil society)");
        assertThat(_get(Anchor.class, spec -> spec.withId("setup-themes-groups-link"))
                        .getHref())
                .isEqualTo("working-groups");
    }

    @Test
    void the_checklist_speaks_french_with_its_plural_forms() {
        reviews.save(org.jesr.desk.TestData.review("Revue sectorielle conjointe 2027", 2027));
        organizations.save(organization("Ministère de l'Éducation nationale", Constituency.GOVERNMENT));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("");

        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-organizations-detail"))
                        .getText())
                .isEqualTo(
                        "1 organisation ; 1 des 3 collèges (gouvernement, partenaires techniques et financiers, société civile)");
        assertThat(_get(Span.class, spec -> spec.withId("setup-organizations-state"))
                        .getText())
                .isEqualTo("Commencé");

        UI.getCurrent().navigate("settings");
        DatePicker start = _get(DatePicker.class, spec -> spec.withId("review-start"));
        assertThat(start.getI18n().getMonthNames()).startsWith("janvier", "février");
        assertThat(start.getI18n().getWeekdaysShort().getFirst()).startsWith("dim");
        assertThat(start.getI18n().getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(start.getI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(_get(IntegerField.class, spec -> spec.withId("review-year"))
                        .getI18n()
                        .getBadInputErrorMessage())
                .isEqualTo("Saisissez un nombre entier, sans décimales.");
    }

    @Test
    void every_empty_list_says_what_fills_it_and_names_the_button_that_does() {
        reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027));

        UI.getCurrent().navigate("organizations");
        assertThat(emptyText("organization-grid"))
                .startsWith("No organizations yet")
                .contains("“Import organizations”", "“Add organization”");
        _setValue(_get(TextField.class, spec -> spec.withId("organization-search")), "nobody");
        assertThat(emptyText("organization-grid"))
                .isEqualTo("Nothing matches these filters. Clear them to see the whole list.");

        UI.getCurrent().navigate("participants");
        assertThat(emptyText("participant-grid"))
                .contains("“Import participants”", "“Add participant”", "organizations first");
        UI.getCurrent().navigate("indicators");
        assertThat(emptyText("indicator-grid")).contains("performance report", "“Import indicators”");
        UI.getCurrent().navigate("documents");
        assertThat(emptyText("document-grid")).contains("“Upload a document”");
        UI.getCurrent().navigate("obligations");
        assertThat(emptyText("obligation-grid")).contains("“Add a responsibility”");
        UI.getCurrent().navigate("agenda/edit");
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-empty")).getText())
                .isEqualTo("The programme is empty. Import it from a CSV or XLSX file with “Import the programme”, "
                        + "or add the rooms with “Add room” and then the sessions with “Add session”.");

        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("participants");
        assertThat(emptyText("participant-grid"))
                .startsWith("Aucun participant")
                .contains("« Importer des participants »");
        KaribuSupport.login("reader", Role.CONTRIBUTOR);
        UI.getCurrent().navigate("documents");
        assertThat(emptyText("document-grid")).contains("« Déposer un document »");
        UI.getCurrent().navigate("obligations");
        assertThat(emptyText("obligation-grid")).startsWith("Votre organisation ne doit rien");
    }

    private static String emptyText(String gridId) {
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId(gridId))
                .getEmptyStateText();
    }

    @Test
    void themes_and_working_groups_are_created_renamed_retired_and_deleted_on_screen() {
        long reviewId = reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027))
                .getId();
        Organization seld =
                organizations.save(organization("School Education and Literacy Department", Constituency.GOVERNMENT));
        participants.save(participant(reviewId, seld, "Nadeem Talpur", "nadeem@seld.example.pk"));
        UI.getCurrent().navigate("working-groups");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-groups")).getText())
                .contains("Themes");

        _click(_get(Button.class, spec -> spec.withId("manage-themes")));
        addTheme("Access & Equity");
        addTheme("Quality & Learning");
        addTheme("access & equity");
        assertThat(themes.list(reviewId))
                .extracting(Theme::getName)
                .containsExactly("Access & Equity", "Quality & Learning");

        Theme quality = themes.list(reviewId).get(1);
        _setValue(
                _get(TextField.class, spec -> spec.withId("theme-" + quality.getId() + "-name")),
                "Quality and Learning");
        _click(_get(Button.class, spec -> spec.withId("theme-" + quality.getId() + "-rename")));
        _click(_get(Button.class, spec -> spec.withId("theme-" + quality.getId() + "-retire")));
        assertThat(themes.choices(reviewId)).extracting(Theme::getName).containsExactly("Access & Equity");
        assertThat(themes.list(reviewId)).extracting(Theme::getName).contains("Quality and Learning");
        _click(_get(Button.class, spec -> spec.withId("themes-close")));

        _click(_get(Button.class, spec -> spec.withId("new-group")));
        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("group-theme"));
        assertThat(theme.getListDataView().getItems())
                .extracting(Theme::getName)
                .containsExactly("Access & Equity");
        _setValue(theme, theme.getListDataView().getItem(0));
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("group-objectives")),
                "SESP&R objective 1: every child enrolled");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ParticipantRef> chairs =
                _get(MultiSelectComboBox.class, spec -> spec.withId("group-chairs"));
        _setValue(chairs, Set.copyOf(chairs.getListDataView().getItems().toList()));
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        _assertNone(com.vaadin.flow.component.dialog.Dialog.class);
        var groups = context.getBean(org.jesr.desk.workinggroup.WorkingGroupService.class)
                .list(reviewId);
        assertThat(groups)
                .singleElement()
                .satisfies(g -> assertThat(g.getObjectives()).startsWith("SESP&R objective 1"));
        long groupId = groups.getFirst().getId();
        assertThat(_get(Div.class, spec -> spec.withId("group-" + groupId))
                        .getElement()
                        .getTextRecursively())
                .contains("Access & Equity", "Co-chairs: Nadeem Talpur");

        _click(_get(Button.class, spec -> spec.withId("delete-group-" + groupId)));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Delete the working group “Access & Equity”?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(context.getBean(org.jesr.desk.workinggroup.WorkingGroupService.class)
                        .list(reviewId))
                .isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("group-" + groupId))).isEmpty();
    }

    @Test
    void organizations_participants_and_the_programme_are_imported_from_files_on_screen() throws Exception {
        long reviewId = reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027))
                .getId();

        UI.getCurrent().navigate("organizations");
        _click(_get(Button.class, spec -> spec.withId("import-organizations")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-values")).getText())
                .contains("CIVIL_SOCIETY");
        assertThat(new String(
                                DownloadKt._download(_get(Anchor.class, spec -> spec.withId("import-template"))),
                                StandardCharsets.UTF_8)
                        .replace("\r\n", "\n"))
                .contains("name,acronym,constituency\nSchool Education and Literacy Department,SELD,GOVERNMENT");
        assertThat(upload("organizations.csv")).isEqualTo("5 organizations added, none updated.");
        assertThat(organizations.all()).hasSize(5);
        _click(_get(Button.class, spec -> spec.withId("import-close")));

        UI.getCurrent().navigate("participants");
        _click(_get(Button.class, spec -> spec.withId("import-participants")));
        assertThat(upload("participants.csv")).isEqualTo("5 participants added.");
        _click(_get(Button.class, spec -> spec.withId("import-close")));

        UI.getCurrent().navigate("agenda/edit");
        _click(_get(Button.class, spec -> spec.withId("import-programme")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-values")).getText())
                .contains("WORKING_GROUP", "RESTRICTED");
        assertThat(upload("programme-bad.csv"))
                .isEqualTo("Nothing was imported. Line 2, column \"type\": unknown value \"BRIEFING\"");
        assertThat(upload("programme.csv")).isEqualTo("3 sessions added.");
        assertThat(themes.choices(reviewId)).extracting(Theme::getName).containsExactly("Access & Equity");

        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("setup-organizations-state"))
                        .getText())
                .isEqualTo("Done");
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-participants-detail"))
                        .getText())
                .isEqualTo("5 participants; 3 of the 3 constituencies represented");
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-programme-detail"))
                        .getText())
                .isEqualTo("3 sessions");
    }

    @Test
    void a_file_is_previewed_as_read_before_anything_is_stored() throws Exception {
        reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027));
        UI.getCurrent().navigate("organizations");
        _click(_get(Button.class, spec -> spec.withId("import-organizations")));
        byte[] bytes = "name,constituency,remarks\nSELD,GOVERNMENT,main ministry\nITA,CIVIL_SOCIETY,\n"
                .getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "orgs.csv", "text/csv", bytes);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview-summary"))
                        .getText())
                .startsWith("2 rows read. Columns understood: name, constituency.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview-ignored"))
                        .getText())
                .contains("remarks");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview-missing"))
                        .getText())
                .contains("acronym");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).getText())
                .isEqualTo("Import 2 rows");
        assertThat(organizations.all())
                .as("nothing stored before the user imports")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        assertThat(organizations.all()).hasSize(2);
    }

    @Test
    void a_large_file_is_imported_beside_the_request_while_a_progress_bar_says_so() throws Exception {
        reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027));
        UI.getCurrent().navigate("organizations");
        _click(_get(Button.class, spec -> spec.withId("import-organizations")));
        StringBuilder csv = new StringBuilder("name,acronym,constituency\n");
        for (int i = 1; i <= 1500; i++) {
            csv.append("District Education Office ")
                    .append(i)
                    .append(",DEO")
                    .append(i)
                    .append(",GOVERNMENT\n");
        }
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("import-upload")),
                "orgs.csv",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        Div progress = _get(Div.class, spec -> spec.withId("import-progress"));
        assertThat(progress.getElement().getTextRecursively())
                .startsWith("Importing 1,500 rows: this takes a few seconds.");
        assertThat(_find(com.vaadin.flow.component.progressbar.ProgressBar.class))
                .hasSize(1);

        Paragraph result = _get(Paragraph.class, spec -> spec.withId("import-result"));
        for (int i = 0; i < 600 && result.getText().isEmpty(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(result.getText()).isEqualTo("1,500 organizations added, none updated.");
        assertThat(progress.isVisible()).isFalse();
        assertThat(organizations.all()).hasSize(1500);
    }

    @Test
    void an_upload_over_the_limit_is_refused_before_it_is_read_and_says_why() {
        reviews.save(org.jesr.desk.TestData.review("Sindh JESR 2027", 2027));
        UI.getCurrent().navigate("documents");
        _click(_get(Button.class, spec -> spec.withId("upload-document")));
        byte[] sixtyMegabytes = new byte[60 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, sixtyMegabytes, 0, 9);

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("document-file")),
                "espr.pdf",
                "application/pdf",
                sixtyMegabytes);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(
                                com.vaadin.flow.component.notification.Notification.class,
                                spec -> spec.withId("warning-notification"))
                        .getElement()
                        .getProperty("text"))
                .isEqualTo("The file is larger than 25 MB and was not stored.");
        assertThat(context.getBean(org.jesr.desk.evidence.DocumentService.class)
                        .list(reviews.current().orElseThrow().getId()))
                .isEmpty();
    }

    /** Uploads a file from src/test/resources/first-review into the open import dialog; answers what it says. */
    private static String upload(String file) throws java.io.IOException {
        byte[] bytes;
        try (var in = FirstReviewSetupIT.class.getResourceAsStream("/first-review/" + file)) {
            bytes = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), file, "text/csv", bytes);
        MockVaadin.clientRoundtrip(false);
        // The first rows are shown as read; nothing is stored until the user imports them.
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        return _get(Paragraph.class, spec -> spec.withId("import-result")).getText();
    }

    private void addTheme(String name) {
        _setValue(_get(TextField.class, spec -> spec.withId("new-theme-name")), name);
        _click(_get(Button.class, spec -> spec.withId("add-theme")));
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String name, int year) {
        _setValue(_get(TextField.class, spec -> spec.withId("review-name-field")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("review-country")), "Punjab");
        _setValue(_get(IntegerField.class, spec -> spec.withId("review-year")), year);
        _setValue(_get(DatePicker.class, spec -> spec.withId("review-start")), LocalDate.of(year, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("review-end")), LocalDate.of(year, 3, 3));
        _setValue(_get(TextField.class, spec -> spec.withId("review-venue")), "Lahore");
        _setValue(_get(ComboBox.class, spec -> spec.withId("review-zone")), "Asia/Karachi");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("review-languages")), Set.of("en"));
    }

    private static Organization organization(String name, Constituency constituency) {
        Organization organization = new Organization();
        organization.setName(name);
        organization.setConstituency(constituency);
        return organization;
    }

    private static Participant participant(long reviewId, Organization organization, String name, String email) {
        Participant participant = new Participant();
        participant.setReviewId(reviewId);
        participant.setOrganization(organization);
        participant.setName(name);
        participant.setEmail(email);
        return participant;
    }
}
