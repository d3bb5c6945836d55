package org.jesr.desk.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.KaribuSupport;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.jesr.desk.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Next year's review starts from this one, and this one, archived, stays as it was. */
class ReviewsOverTheYearsIT extends IntegrationTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    ParticipantService participants;

    @Autowired
    ThemeService themes;

    @Autowired
    WorkingGroupService groups;

    @Autowired
    ObligationService obligations;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    AccountabilityService accountability;

    @Test
    void the_next_review_carries_people_themes_groups_and_obligations_and_follows_up_the_agreed_recommendations() {
        long from = fullSampleReviewAsOrganizer();
        Review sample = reviews.find(from).orElseThrow();
        long agreed = recommendations.list(from, RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .count();
        assertThat(agreed).isPositive();

        Review next = reviews.startNext(
                from,
                new NextReview(
                        "Sindh JESR 2027",
                        2027,
                        sample.getStartDate().plusYears(1),
                        sample.getEndDate().plusYears(1),
                        true,
                        true));

        assertThat(reviews.current()).get().extracting(Review::getId).isEqualTo(next.getId());
        assertThat(next.getVenue()).isEqualTo(sample.getVenue());
        assertThat(participants.refs(next.getId()))
                .extracting(ParticipantRef::name)
                .containsExactlyInAnyOrderElementsOf(participants.refs(from).stream()
                        .map(ParticipantRef::name)
                        .toList());
        assertThat(themes.choices(next.getId()))
                .extracting(Theme::getName)
                .containsExactlyElementsOf(
                        themes.choices(from).stream().map(Theme::getName).toList());
        List<WorkingGroup> newGroups = groups.list(next.getId());
        assertThat(newGroups).hasSameSizeAs(groups.list(from));
        assertThat(newGroups).allSatisfy(g -> assertThat(g.getMembers()).isNotEmpty());
        List<Obligation> owed = obligations.visible(next.getId());
        assertThat(owed).hasSameSizeAs(obligations.visible(from));
        Obligation first = obligations.visible(from).getFirst();
        assertThat(owed).anySatisfy(o -> {
            assertThat(o.getTitle()).isEqualTo(first.getTitle());
            assertThat(o.getDueDate())
                    .isEqualTo(
                            first.getDueDate() == null
                                    ? null
                                    : first.getDueDate().plusYears(1));
        });

        Review previous = reviews.previous(next).orElseThrow();
        assertThat(previous.getId()).isEqualTo(from);
        assertThat(recommendations.list(previous.getId(), RecommendationFilter.all()).stream()
                        .filter(Recommendation::isAgreed))
                .hasSize((int) agreed)
                .allSatisfy(r -> assertThat(r.getResponsibleBody()).isNotBlank());
    }

    @Test
    void an_archived_review_refuses_every_change_but_its_follow_up_and_keeps_its_files_downloadable() {
        long from = fullSampleReviewAsOrganizer();
        Review sample = reviews.find(from).orElseThrow();
        reviews.startNext(
                from,
                new NextReview(
                        "Sindh JESR 2027", 2027, LocalDate.of(2027, 12, 6), LocalDate.of(2027, 12, 8), false, false));
        reviews.setArchived(from, true);

        assertRefusedAsArchived(() -> themes.create(from, "A new theme"));
        WorkingGroup group = groups.list(from).getFirst();
        assertRefusedAsArchived(() -> groups.delete(group.getId()));
        Recommendation agreed = recommendations.list(from, RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .findFirst()
                .orElseThrow();
        agreed.setText("Changed after the review");
        assertRefusedAsArchived(() -> recommendations.update(agreed));
        assertThatThrownBy(() -> reviews.makeCurrent(from))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("review.error.archived"));

        accountability.addUpdate(agreed.id(), FollowUpStatus.IN_PROGRESS, "Budget line approved", null, null);
        assertThat(recommendations.list(from, RecommendationFilter.all()))
                .filteredOn(r -> r.getId().equals(agreed.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getFollowUpStatus()).isEqualTo(FollowUpStatus.IN_PROGRESS));

        var files = reviews.records(from, Locale.ENGLISH);
        assertThat(files).isNotEmpty();
        assertThat(files.getFirst().content().get()).isNotEmpty();
        assertThat(reviews.all())
                .extracting(Review::getName)
                .containsExactly(
                        "Sindh JESR 2027", sample.getName(), sample.getName().replace("2026", "2025"));

        reviews.setArchived(from, false);
        assertThat(themes.create(from, "A new theme").getName()).isEqualTo("A new theme");
    }

    @Test
    void on_screen_the_secretariat_starts_next_years_review_finds_last_years_recommendations_and_archives_it() {
        long from = fullSampleReviewAsOrganizer();
        long agreed = recommendations.list(from, RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .count();
        KaribuSupport.setUp(context);
        try {
            KaribuSupport.login("organizer", org.jesr.desk.security.Role.ORGANIZER);
            UI.getCurrent().navigate("reviews");
            _click(_get(Button.class, spec -> spec.withId("review-" + from + "-next")));
            assertThat(_get(TextField.class, spec -> spec.withId("next-name")).getValue())
                    .endsWith("2027");
            _click(_get(Button.class, spec -> spec.withId("next-start-button")));

            Review next = reviews.current().orElseThrow();
            assertThat(next.getYear()).isEqualTo(2027);
            assertThat(_get(Span.class, spec -> spec.withId("review-name")).getText())
                    .isEqualTo(next.getName());
            assertThat(_get(Span.class, spec -> spec.withId("review-" + next.getId() + "-state"))
                            .getText())
                    .isEqualTo("Current review");

            UI.getCurrent().navigate("follow-up");
            assertThat(_get(Div.class, spec -> spec.withId("follow-up-list"))
                            .getChildren()
                            .count())
                    .isEqualTo(agreed);

            UI.getCurrent().navigate("reviews");
            _click(_get(Button.class, spec -> spec.withId("review-" + from + "-archive")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
            assertThat(_get(Span.class, spec -> spec.withId("review-" + from + "-state"))
                            .getText())
                    .isEqualTo("Archived");
            Details files = _get(Details.class, spec -> spec.withId("review-" + from + "-files"));
            files.setOpened(true);
            assertThat(files.getContent().filter(c -> c instanceof Div).count()).isPositive();
        } finally {
            KaribuSupport.tearDown();
        }
    }

    /** Refused by the archive rule, whether at once or as the transaction commits (then wrapped by Spring). */
    private static void assertRefusedAsArchived(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change).satisfies(e -> {
            Throwable t = e;
            while (!(t instanceof TranslatedException) && t.getCause() != null) {
                t = t.getCause();
            }
            assertThat(t)
                    .isInstanceOfSatisfying(
                            TranslatedException.class,
                            translated -> assertThat(translated.key()).isEqualTo("review.error.archived"));
        });
    }
}
