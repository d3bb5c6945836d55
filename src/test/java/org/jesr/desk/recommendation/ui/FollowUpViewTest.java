package org.jesr.desk.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class FollowUpViewTest extends KaribuTest {

    @Test
    @ChangesTheSample
    void the_organizer_names_the_responsible_organization_and_its_contributor_reports_progress() {
        login("organizer", Role.ORGANIZER);
        useLanguage(Locale.FRENCH);
        Recommendation stipend = lastYears(1);
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(_find(Button.class, spec -> spec.withId("follow-up-update-" + stipend.getId())))
                .as("the secretariat may report for anyone")
                .hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("follow-up-assign-" + stipend.getId())));
        @SuppressWarnings("unchecked")
        ComboBox<Organization> responsible = _get(ComboBox.class, spec -> spec.withId("assign-responsible"));
        _setValue(
                responsible,
                responsible
                        .getListDataView()
                        .getItems()
                        .filter(o ->
                                "FCDO".equals(o.getAcronym()) || o.getName().contains("FCDO"))
                        .findFirst()
                        .orElseThrow());
        Review previous = previousReview();
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("assign-due")),
                previous.endDate().plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("assign-save")));
        assertThat(_get(Span.class, spec -> spec.withId("follow-up-overdue-" + stipend.getId()))
                        .getText())
                .isEqualTo("En retard");

        login("contributor", Role.CONTRIBUTOR);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(_find(
                        Button.class,
                        spec -> spec.withId("follow-up-update-" + lastYears(0).getId())))
                .as("another organization's recommendation")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("follow-up-update-" + stipend.getId())));
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-text")), "Allocation versée dans 14 districts");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-row-" + stipend.getId()))
                        .getElement()
                        .getTextRecursively())
                .contains("Allocation versée dans 14 districts", "contributor", "En retard");
        _setValue(_get(Checkbox.class, spec -> spec.withId("follow-up-overdue-only")), true);
        assertThat(_find(Div.class, spec -> spec.withClasses("follow-up-row"))).hasSize(1);
    }

    private Recommendation lastYears(int index) {
        var service = context.getBean(AccountabilityService.class);
        return service.register(previousReview().id(), AccountabilityFilter.all())
                .get(index)
                .recommendation();
    }

    private Review previousReview() {
        ReviewService reviews = context.getBean(ReviewService.class);
        return reviews.previous(reviews.current().orElseThrow()).orElseThrow();
    }
}
