package org.jesr.desk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.review.NextReview;
import org.jesr.desk.review.Review;

/** Next year's review from this one: its name, year and dates, and what else carries over. */
class NextReviewDialog extends Dialog {

    NextReviewDialog(Review from, Predicate<NextReview> onStart) {
        setId("next-review-dialog");
        setHeaderTitle(getTranslation("reviews.next-title", from.getName()));
        setWidth("min(40rem, 95vw)");
        int year = from.getYear() + 1;
        TextField name = new TextField(getTranslation("review.name"));
        name.setId("next-name");
        name.setMaxLength(Review.NAME_MAX);
        name.setValue(from.getName().replace(String.valueOf(from.getYear()), String.valueOf(year)));
        IntegerField yearField = ComponentTexts.localize(new IntegerField(getTranslation("review.year")));
        yearField.setId("next-year");
        yearField.setValue(year);
        DatePicker start = ComponentTexts.localize(
                new DatePicker(getTranslation("review.start"), from.startDate().plusYears(1)));
        start.setId("next-start");
        DatePicker end = ComponentTexts.localize(
                new DatePicker(getTranslation("review.end"), from.endDate().plusYears(1)));
        end.setId("next-end");
        Checkbox participants = new Checkbox(getTranslation("reviews.copy-participants"), true);
        participants.setId("next-participants");
        Checkbox members = new Checkbox(getTranslation("reviews.copy-members"), true);
        members.setId("next-members");
        participants.addValueChangeListener(e -> {
            members.setEnabled(e.getValue());
            members.setValue(e.getValue() && members.getValue());
        });
        Paragraph carries = new Paragraph(getTranslation("reviews.next-carries", from.getName()));
        carries.setId("next-carries");
        add(new FormLayout(name, yearField, start, end, participants, members), carries);
        Button go = new Button(getTranslation("reviews.next-start"), e -> {
            if (name.isEmpty() || yearField.isEmpty() || start.isEmpty() || end.isEmpty()) {
                name.setInvalid(name.isEmpty());
                name.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (onStart.test(new NextReview(
                    name.getValue().strip(),
                    yearField.getValue(),
                    start.getValue(),
                    end.getValue(),
                    participants.getValue(),
                    members.getValue()))) {
                close();
            }
        });
        go.setId("next-start-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), go);
    }
}
