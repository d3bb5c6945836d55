package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jesr.desk.base.Language;
import org.jesr.desk.fieldvisit.Question;
import org.jesr.desk.fieldvisit.QuestionType;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one checklist question, worded in each working language. The code is made from the
 * wording when the question is new and then never changes: answers and reports find it by code.
 */
class QuestionDialog extends Dialog {

    private final Map<Language, TextField> labels = new LinkedHashMap<>();
    private final Map<Language, TextArea> helps = new LinkedHashMap<>();
    private final TextField code = new TextField();
    private final Select<QuestionType> type = new Select<>();
    private final Checkbox required = new Checkbox();
    private final TextArea choices = new TextArea();

    QuestionDialog(@Nullable Question question, Consumer<Question> onSave) {
        setId("question-dialog");
        setHeaderTitle(getTranslation(question == null ? "checklist.add" : "checklist.edit"));
        FormLayout form = new FormLayout();
        for (Language language : Language.values()) {
            TextField label = new TextField(
                    getTranslation("checklist.label", language.locale().getDisplayLanguage(getLocale())));
            label.setId("question-label-" + language.code());
            label.setMaxLength(300);
            TextArea help = new TextArea(
                    getTranslation("checklist.help", language.locale().getDisplayLanguage(getLocale())));
            help.setId("question-help-" + language.code());
            help.setMaxLength(1000);
            labels.put(language, label);
            helps.put(language, help);
            form.add(label, help);
        }
        code.setLabel(getTranslation("checklist.code"));
        code.setHelperText(getTranslation("checklist.code.help"));
        code.setId("question-code");
        type.setLabel(getTranslation("checklist.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setId("question-type");
        required.setLabel(getTranslation("checklist.required"));
        required.setId("question-required");
        choices.setLabel(getTranslation("checklist.choices"));
        choices.setHelperText(getTranslation("checklist.choices.help"));
        choices.setId("question-choices");
        form.add(type, required, choices, code);
        add(form);
        type.addValueChangeListener(e -> choices.setVisible(e.getValue() == QuestionType.CHOICE));
        if (question == null) {
            type.setValue(QuestionType.YES_NO);
            labelOf(Language.DEFAULT).addValueChangeListener(e -> {
                if (!code.isReadOnly()) {
                    code.setValue(slug(e.getValue()));
                }
            });
        } else {
            fill(question);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            close();
            onSave.accept(question());
        });
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void fill(Question question) {
        for (Language language : Language.values()) {
            labelOf(language).setValue(question.label().getOrDefault(language.code(), ""));
            helpOf(language).setValue(question.help().getOrDefault(language.code(), ""));
        }
        code.setValue(question.code());
        code.setReadOnly(true);
        type.setValue(question.type());
        // Its kind of answer is fixed once answers may exist (ChecklistService refuses a change).
        type.setReadOnly(true);
        required.setValue(question.required());
        List<String> lines = new ArrayList<>();
        for (Question.Choice choice : question.choices()) {
            lines.add(String.join(
                    " | ",
                    Arrays.stream(Language.values())
                            .map(l -> choice.label().getOrDefault(l.code(), ""))
                            .toList()));
        }
        choices.setValue(String.join("\n", lines));
    }

    /** The question as typed; ChecklistService says what is wrong with it, in the user's language. */
    private Question question() {
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, String> help = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            label.put(language.code(), labelOf(language).getValue().strip());
            help.put(language.code(), helpOf(language).getValue().strip());
        }
        List<Question.Choice> options = new ArrayList<>();
        if (type.getValue() == QuestionType.CHOICE) {
            for (String line : choices.getValue().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                Map<String, String> choiceLabel = new LinkedHashMap<>();
                Language[] languages = Language.values();
                for (int i = 0; i < languages.length && i < parts.length; i++) {
                    choiceLabel.put(languages[i].code(), parts[i].strip());
                }
                String first = choiceLabel.values().stream()
                        .filter(t -> !t.isBlank())
                        .findFirst()
                        .orElse("");
                options.add(new Question.Choice(slug(first), choiceLabel));
            }
        }
        QuestionType kind = type.getValue() == null ? QuestionType.YES_NO : type.getValue();
        return new Question(code.getValue().strip(), kind, required.getValue(), label, help, options);
    }

    private TextField labelOf(Language language) {
        return Objects.requireNonNull(labels.get(language));
    }

    private TextArea helpOf(Language language) {
        return Objects.requireNonNull(helps.get(language));
    }

    /** "Separate toilets for girls" → "separate-toilets-for-girls": lower case, no accents, hyphens. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
