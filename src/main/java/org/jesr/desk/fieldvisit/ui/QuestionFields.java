package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.Translator;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.fieldvisit.Question;
import org.jesr.desk.fieldvisit.Site;
import org.jspecify.annotations.Nullable;

/** A field for one checklist question, bound to the site's answer to it. */
final class QuestionFields {

    private QuestionFields() {}

    static Component bound(Binder<Site> binder, Question q, Language language, Translator t) {
        String label = q.label(language);
        String help = q.help(language);
        return switch (q.type()) {
            case YES_NO -> {
                // Three states: a question nobody looked at is not a "no" in the visit report.
                Select<String> yesNo = select(label, help, q, List.of("true", "false"));
                yesNo.setItemLabelGenerator(v -> t.t("true".equals(v) ? "answer.yes" : "answer.no"));
                binder.forField(yesNo).bind(s -> answer(s, q), (s, v) -> s.setAnswer(q.code(), v));
                yield yesNo;
            }
            case NUMBER -> {
                IntegerField number = ComponentTexts.localize(new IntegerField(label));
                number.setMin(0);
                decorate(number, help, q);
                binder.forField(number)
                        .bind(
                                s -> s.getAnswers().containsKey(q.code())
                                        ? Integer.valueOf(s.getAnswers().get(q.code()))
                                        : null,
                                (s, v) -> s.setAnswer(q.code(), v == null ? null : v.toString()));
                yield number;
            }
            case CHOICE -> {
                Select<String> choice = select(
                        label,
                        help,
                        q,
                        q.choices().stream().map(Question.Choice::code).toList());
                choice.setItemLabelGenerator(code -> {
                    Question.Choice c = q.choice(code);
                    return c == null ? "—" : c.label(language);
                });
                binder.forField(choice).bind(s -> answer(s, q), (s, v) -> s.setAnswer(q.code(), v));
                yield choice;
            }
            case TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(2000);
                decorate(text, help, q);
                binder.forField(text)
                        .withNullRepresentation("")
                        .bind(s -> answer(s, q), (s, v) -> s.setAnswer(q.code(), v));
                yield text;
            }
        };
    }

    private static @Nullable String answer(Site site, Question q) {
        return site.getAnswers().get(q.code());
    }

    private static Select<String> select(String label, String help, Question q, List<String> values) {
        Select<String> select = new Select<>();
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        if (!help.isBlank()) {
            select.setHelperText(help);
        }
        select.setRequiredIndicatorVisible(q.required());
        return select;
    }

    private static void decorate(TextFieldBase<?, ?> field, String help, Question q) {
        if (!help.isBlank()) {
            field.setHelperText(help);
        }
        field.setRequiredIndicatorVisible(q.required());
    }
}
