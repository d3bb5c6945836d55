package org.jesr.desk.fieldvisit;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.fieldvisit.internal.ChecklistRevision;
import org.jesr.desk.fieldvisit.internal.ChecklistRevisionRepository;
import org.jesr.desk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site checklist of each review. Organizers edit it on screen; every save is a new revision, so
 * records made with an older one (a field kit that went offline before the edit) keep their meaning.
 */
@Service
public class ChecklistService {

    private static final String READERS = "hasAnyRole('ORGANIZER','RAPPORTEUR','CONTRIBUTOR')";

    /** The default template's questions: the six the checklist always had, by their stable codes. */
    static final List<String> DEFAULT_CODES =
            List.of("water", "toilets", "girls-toilets", "electricity", "textbooks", "smc-active");

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {};

    private final ChecklistRevisionRepository revisions;
    private final JsonMapper json;
    private final AppI18nProvider i18n;
    private final Clock clock;

    ChecklistService(ChecklistRevisionRepository revisions, JsonMapper json, AppI18nProvider i18n, Clock clock) {
        this.revisions = revisions;
        this.json = json;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The revision new records are made with: the latest one. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Checklist current(long reviewId) {
        return revisions
                .findFirstByReviewIdOrderByRevisionDesc(reviewId)
                .map(this::read)
                .orElseGet(() -> defaultTemplate(reviewId));
    }

    /** A given revision, as a record made with it needs it to be read. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Checklist revision(long reviewId, int revision) {
        if (revision == Checklist.DEFAULT_REVISION) {
            return defaultTemplate(reviewId);
        }
        return revisions
                .findByReviewIdAndRevision(reviewId, revision)
                .map(this::read)
                .orElseThrow(() -> new TranslatedException("checklist.error.unknown-revision", revision));
    }

    /**
     * Stores the edited questions as the next revision. Refused when someone saved a revision since
     * this edit began, so two organizers never overwrite each other in silence.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Checklist save(long reviewId, int basedOn, List<Question> questions) {
        Checklist current = current(reviewId);
        if (current.revision() != basedOn) {
            throw new TranslatedException("checklist.error.changed", current.revision());
        }
        Checklist.requireWellFormed(questions);
        for (Question q : questions) {
            current.question(q.code())
                    .filter(before -> before.type() != q.type())
                    .ifPresent(before -> {
                        throw new TranslatedException("checklist.error.type-changed", q.code());
                    });
        }
        int next = current.revision() + 1;
        revisions.saveAndFlush(ChecklistRevision.of(
                reviewId, next, json.writeValueAsString(questions), CurrentUser.name(), clock.instant()));
        return new Checklist(reviewId, next, questions);
    }

    private Checklist read(ChecklistRevision stored) {
        return new Checklist(
                stored.getReviewId(), stored.getRevision(), json.readValue(stored.getQuestions(), QUESTIONS));
    }

    private Checklist defaultTemplate(long reviewId) {
        List<Question> questions = DEFAULT_CODES.stream()
                .map(code -> new Question(
                        code, QuestionType.YES_NO, false, inEveryLanguage("site." + code), Map.of(), List.of()))
                .toList();
        return new Checklist(reviewId, Checklist.DEFAULT_REVISION, questions);
    }

    private Map<String, String> inEveryLanguage(String key) {
        return Arrays.stream(Language.values())
                .collect(Collectors.toMap(Language::code, l -> i18n.getTranslation(key, l.locale())));
    }
}
