package org.jesr.desk.review.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.review.Review;

/** The review's settings, with its validation shown next to each field. */
class ReviewForm extends FormLayout {

    private final Binder<Review> binder = new Binder<>(Review.class);

    ReviewForm() {
        TextField name = text("review-name-field", "review.name", Review.NAME_MAX);
        TextField place = text("review-country", "review.country", Review.PLACE_MAX);
        IntegerField year = ComponentTexts.localize(new IntegerField(getTranslation("review.year")));
        year.setId("review-year");
        DatePicker start = ComponentTexts.localize(new DatePicker(getTranslation("review.start")));
        start.setId("review-start");
        DatePicker end = ComponentTexts.localize(new DatePicker(getTranslation("review.end")));
        end.setId("review-end");
        TextField venue = text("review-venue", "review.venue", Review.VENUE_MAX);
        ComboBox<String> zone = new ComboBox<>(getTranslation("review.time-zone"));
        zone.setId("review-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        // City and offset first, as people know them; the id too, so typing "Asia/Karachi" still finds it.
        zone.setItemLabelGenerator(id -> Formats.zone(ZoneId.of(id), Instant.now()) + " — " + id);
        TextField plan = text("review-plan", "review.sector-plan", Review.PLAN_MAX);
        CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("review.languages"));
        languages.setId("review-languages");
        languages.setItems(Language.codes());
        languages.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(Locale.of(code)));

        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(Review::getName, Review::setName);
        binder.forField(place).asRequired(required).bind(Review::getCountryOrProvince, Review::setCountryOrProvince);
        binder.forField(year)
                .asRequired(required)
                .withValidator(y -> y >= 2000 && y <= 2100, getTranslation("review.error.year"))
                .bind(Review::getYear, Review::setYear);
        binder.forField(start).asRequired(required).bind(Review::getStartDate, Review::setStartDate);
        binder.forField(end)
                .asRequired(required)
                .withValidator(
                        e -> start.getValue() == null || !e.isBefore(start.getValue()),
                        getTranslation("review.error.end-before-start"))
                .bind(Review::getEndDate, Review::setEndDate);
        binder.forField(venue).asRequired(required).bind(Review::getVenue, Review::setVenue);
        binder.forField(zone).asRequired(required).bind(Review::getTimeZone, Review::setTimeZone);
        binder.forField(plan).bind(Review::getSectorPlan, Review::setSectorPlan);
        // A validator, not asRequired: the required flag puts aria-required on the checkbox group,
        // which its role does not allow (axe-core, AccessibilityBrowserIT).
        binder.forField(languages)
                .withValidator(set -> set != null && !set.isEmpty(), getTranslation("review.error.languages"))
                .bind(
                        r -> new LinkedHashSet<>(r.languageList()),
                        (r, v) -> r.setLanguages(String.join(",", sorted(v))));

        add(name, place, year, start, end, venue, zone, plan, languages);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    private TextField text(String id, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    void edit(Review review) {
        binder.setBean(review);
    }

    boolean isValid() {
        return binder.validate().isOk();
    }
}
