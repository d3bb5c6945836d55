package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.exchange.CoreFunction;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.EvidenceSuggestion;
import org.jesr.desk.exchange.Maturity;
import org.jesr.desk.exchange.Rating;
import org.jesr.desk.exchange.SelfAssessment;
import org.jesr.desk.exchange.SelfAssessmentService;
import org.jspecify.annotations.Nullable;

/** Rates each criterion on the four-level scale, with its evidence; suggestions can be accepted or overridden. */
class RatingForm extends Div {

    RatingForm(
            SelfAssessmentService service, SelfAssessment assessment, Map<Criterion, EvidenceSuggestion> suggestions) {
        setId("rating-form");
        for (CoreFunction function : CoreFunction.values()) {
            add(new H4(getTranslation(function.translationKey())));
            for (Criterion criterion : Criterion.values()) {
                if (criterion.function() == function) {
                    add(row(service, assessment, criterion, suggestions.get(criterion)));
                }
            }
        }
    }

    private Div row(
            SelfAssessmentService service,
            SelfAssessment assessment,
            Criterion criterion,
            @Nullable EvidenceSuggestion suggestion) {
        String id = "rating-" + criterion.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Rating current = assessment.rating(criterion).orElse(null);
        Select<Maturity> level = new Select<>();
        level.setId(id);
        level.setLabel(getTranslation(criterion.translationKey()));
        level.setItems(Maturity.values());
        level.setItemLabelGenerator(m -> m.level() + " · " + getTranslation(m.translationKey()));
        level.setValue(current == null ? null : current.maturity());
        // A justification is a sentence or two: a one-line field showed its first words only (issue 21).
        TextArea evidence = new TextArea(getTranslation("self-assessment.evidence"));
        evidence.setId(id + "-evidence");
        evidence.setMaxLength(2000);
        evidence.setValue(current == null || current.evidence() == null ? "" : current.evidence());
        Runnable save = () -> {
            if (level.getValue() != null) {
                Actions.run(this, () -> {
                    service.rate(assessment.id(), criterion, level.getValue(), evidence.getValue());
                });
            }
        };
        level.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        Div row = new Div(level, evidence);
        row.addClassName("rating-row");
        if (suggestion != null) {
            row.add(suggestion(suggestion, level, evidence, id, save));
        }
        return row;
    }

    private Div suggestion(
            EvidenceSuggestion suggestion, Select<Maturity> level, TextArea evidence, String id, Runnable save) {
        if (suggestion.value() == null || suggestion.suggested() == null) {
            return new Div(new Span(getTranslation("self-assessment.no-data")));
        }
        String value = suggestion.share()
                ? NumberFormat.getPercentInstance(getLocale()).format(suggestion.value())
                : getTranslation("self-assessment.days", suggestion.value().longValue());
        Span text = new Span(getTranslation(
                "self-assessment.suggested",
                value,
                getTranslation(suggestion.suggested().translationKey())));
        text.addClassName("meta");
        Button accept = new Button(getTranslation("self-assessment.accept"), e -> {
            level.setValue(suggestion.suggested());
            evidence.setValue(text.getText());
            save.run();
        });
        accept.setId(id + "-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(text, accept);
    }
}
