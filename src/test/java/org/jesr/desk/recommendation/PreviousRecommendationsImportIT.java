package org.jesr.desk.recommendation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.KaribuSupport;
import org.jesr.desk.TestData;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** A review whose predecessor was not held in the app brings last year's agreed recommendations in from a file. */
class PreviousRecommendationsImportIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    PreviousRecommendationsImport importer;

    @Autowired
    ThemeService themes;

    long reviewId;

    @BeforeEach
    void aFirstReviewOnAnEmptyInstance() {
        KaribuSupport.setUp(context);
        KaribuSupport.login("secretariat", Role.ORGANIZER);
        reviewId = reviews.save(TestData.review("Sindh JESR 2027", 2027)).getId();
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
    }

    @Test
    void last_years_recommendations_come_in_from_a_file_on_the_follow_up_screen() throws IOException {
        UI.getCurrent().navigate("follow-up");
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-none")).getText())
                .startsWith("Last year’s review was not held in this app")
                .contains("“Import last year’s recommendations”");

        _click(_get(Button.class, spec -> spec.withId("import-previous-recommendations")));
        assertThat(upload("last-year-recommendations.csv")).isEqualTo("3 recommendations added, none updated.");

        Review previous = reviews.previous(reviews.find(reviewId).orElseThrow()).orElseThrow();
        assertThat(previous.getName()).isEqualTo("Sindh JESR 2026");
        assertThat(previous.getYear()).isEqualTo(2026);
        assertThat(previous.isCurrent()).isFalse();
        assertThat(reviews.current()).get().extracting(Review::getId).isEqualTo(reviewId);
        assertThat(recommendations.list(previous.getId(), RecommendationFilter.all()))
                .allMatch(Recommendation::isAgreed)
                .extracting(Recommendation::getResponsibleBody)
                .containsExactly(
                        "School Education and Literacy Department",
                        "Sindh Teacher Education Development Authority",
                        "Finance Department");
        assertThat(themes.list(previous.getId()))
                .extracting(org.jesr.desk.agenda.Theme::getName)
                .containsExactlyInAnyOrder("Access & Equity", "Quality & Learning");
        assertThat(recommendations
                        .list(previous.getId(), RecommendationFilter.all())
                        .getFirst()
                        .getFollowUpStatus())
                .isEqualTo(FollowUpStatus.IN_PROGRESS);

        _click(_get(Button.class, spec -> spec.withId("import-close")));
        UI.getCurrent().navigate("follow-up");
        assertThat(_find(Paragraph.class, spec -> spec.withId("follow-up-none")))
                .isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-list"))
                        .getElement()
                        .getTextRecursively())
                .contains("Notify the school consolidation policy", "Finance Department");
    }

    @Test
    void importing_again_updates_what_is_there_and_adds_the_rest() {
        importer.importFile(reviewId, csv("""
                text,responsible_body
                Publish quarterly budget execution reports,Finance Department
                """));
        var summary = importer.importFile(reviewId, csv("""
                text,responsible_body,follow_up_status
                publish  quarterly budget execution reports,Finance Department and SELD,COMPLETED
                Map out-of-school children by union council,Reform Support Unit,
                """));

        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        long previousId = reviews.previous(reviews.find(reviewId).orElseThrow())
                .orElseThrow()
                .getId();
        assertThat(recommendations.list(previousId, RecommendationFilter.all()))
                .extracting(
                        Recommendation::getOrderNo,
                        Recommendation::getResponsibleBody,
                        Recommendation::getFollowUpStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Finance Department and SELD", FollowUpStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(2, "Reform Support Unit", null));
    }

    @Test
    void a_wrong_value_names_its_line_and_column_and_nothing_is_stored_not_even_last_years_record() throws IOException {
        long before = reviews.count();
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("follow-up");
        _click(_get(Button.class, spec -> spec.withId("import-previous-recommendations")));

        assertThat(upload("last-year-recommendations-bad.csv"))
                .isEqualTo(
                        "Rien n’a été importé. Ligne 3, colonne « follow_up_status » : valeur inconnue « HALF_DONE »");
        assertThat(reviews.count()).isEqualTo(before);
        assertThat(reviews.previous(reviews.find(reviewId).orElseThrow())).isEmpty();
    }

    @Test
    void a_list_locked_in_this_app_is_not_imported_into_and_only_organizers_import() {
        Review last = reviews.save(TestData.review("Sindh JESR 2026", 2026));
        reviews.makeCurrent(reviewId);
        assertThat(reviews.previous(reviews.find(reviewId).orElseThrow()))
                .get()
                .extracting(Review::getId)
                .isEqualTo(last.getId());
        recommendations.closeWrapUp(last.getId());

        assertThat(importer.allowed(reviewId)).isFalse();
        assertThatThrownBy(() -> importer.importFile(reviewId, csv("text,responsible_body\nA,B\n")))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("follow-up.error.locked"));
        UI.getCurrent().navigate("follow-up");
        assertThat(_find(Button.class, spec -> spec.withId("import-previous-recommendations")))
                .isEmpty();

        KaribuSupport.login("contributor", Role.CONTRIBUTOR);
        assertThatThrownBy(() -> importer.importFile(reviewId, csv("text,responsible_body\nA,B\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String upload(String file) throws IOException {
        byte[] bytes;
        try (var in = PreviousRecommendationsImportIT.class.getResourceAsStream("/first-review/" + file)) {
            bytes = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), file, "text/csv", bytes);
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        return _get(Paragraph.class, spec -> spec.withId("import-result")).getText();
    }
}
