package org.jesr.desk.fieldvisit;

import java.util.List;
import java.util.Map;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * One question of a site checklist. Its code is stable across revisions and languages: answers,
 * the visit report and the aide-memoire find a question by it. Labels and help are per working
 * language (by language code); a language left empty falls back to another.
 */
public record Question(
        String code,
        QuestionType type,
        boolean required,
        Map<String, String> label,
        Map<String, String> help,
        List<Choice> choices) {

    public Question {
        label = Map.copyOf(label);
        help = Map.copyOf(help);
        choices = List.copyOf(choices);
    }

    /** One possible answer of a choice question. */
    public record Choice(String code, Map<String, String> label) {

        public Choice {
            label = Map.copyOf(label);
        }

        public String label(Language language) {
            return inLanguage(label, language, code);
        }
    }

    public String label(Language language) {
        return inLanguage(label, language, code);
    }

    public String help(Language language) {
        return inLanguage(help, language, "");
    }

    public @Nullable Choice choice(String choiceCode) {
        return choices.stream()
                .filter(c -> c.code().equals(choiceCode))
                .findFirst()
                .orElse(null);
    }

    static String inLanguage(Map<String, String> texts, Language language, String otherwise) {
        String own = texts.get(language.code());
        if (own != null && !own.isBlank()) {
            return own;
        }
        String fallback = texts.get(Language.DEFAULT.code());
        if (fallback != null && !fallback.isBlank()) {
            return fallback;
        }
        return texts.values().stream().filter(t -> !t.isBlank()).findFirst().orElse(otherwise);
    }
}
