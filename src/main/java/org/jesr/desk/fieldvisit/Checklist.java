package org.jesr.desk.fieldvisit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;

/**
 * One revision of a review's site checklist. Revisions never change once made: a site keeps the
 * revision it was recorded with, so a field kit that went offline before an edit still fits.
 */
public record Checklist(long reviewId, int revision, List<Question> questions) {

    /** The revision every review starts with: the default template. */
    public static final int DEFAULT_REVISION = 1;

    static final int MAX_QUESTIONS = 60;
    static final int MAX_TEXT_ANSWER = 2000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Checklist {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** Refuses a checklist organizers could not fill in: codes, labels, and choices that make sense. */
    static void requireWellFormed(List<Question> questions) {
        if (questions.size() > MAX_QUESTIONS) {
            throw new TranslatedException("checklist.error.too-many", MAX_QUESTIONS);
        }
        Set<String> codes = new HashSet<>();
        for (Question q : questions) {
            if (!CODE.matcher(q.code()).matches()) {
                throw new TranslatedException("checklist.error.code", q.code());
            }
            if (!codes.add(q.code())) {
                throw new TranslatedException("checklist.error.duplicate-code", q.code());
            }
            if (q.label().values().stream().allMatch(String::isBlank)) {
                throw new TranslatedException("checklist.error.label-missing", q.code());
            }
            if (q.label().values().stream().anyMatch(l -> l.length() > 300)
                    || q.help().values().stream().anyMatch(h -> h.length() > 1000)) {
                throw new TranslatedException("checklist.error.too-long", q.code());
            }
            if (q.type() == QuestionType.CHOICE) {
                Set<String> choiceCodes = new HashSet<>();
                for (Question.Choice c : q.choices()) {
                    if (!CODE.matcher(c.code()).matches() || !choiceCodes.add(c.code())) {
                        throw new TranslatedException("checklist.error.choice-code", q.code(), c.code());
                    }
                    if (c.label().values().stream().allMatch(String::isBlank)) {
                        throw new TranslatedException("checklist.error.label-missing", q.code());
                    }
                }
                if (choiceCodes.size() < 2) {
                    throw new TranslatedException("checklist.error.two-choices", q.code());
                }
            }
        }
    }

    /**
     * Refuses answers that do not fit this revision: a question it does not have, or a value of the
     * wrong kind. A missing answer is fine — records are kept while being filled in; the kit and the
     * site form show what a required question still lacks.
     */
    public void requireFits(Map<String, String> answers) {
        answers.forEach((code, value) -> {
            Question q = question(code)
                    .orElseThrow(() -> new TranslatedException("checklist.error.unknown-question", code, revision));
            boolean fits = switch (q.type()) {
                case YES_NO -> "true".equals(value) || "false".equals(value);
                case NUMBER -> value.matches("\\d{1,9}");
                case CHOICE -> q.choice(value) != null;
                case TEXT -> value.length() <= MAX_TEXT_ANSWER;
            };
            if (!fits) {
                throw new TranslatedException("checklist.error.answer", q.code());
            }
            TextRules.requireClean(value);
        });
    }

    /** The required questions this set of answers still lacks. */
    public List<Question> missing(Map<String, String> answers) {
        return questions.stream()
                .filter(q -> q.required() && answers.getOrDefault(q.code(), "").isBlank())
                .toList();
    }
}
