package org.jesr.desk.fieldvisit;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.Translator;
import org.jspecify.annotations.Nullable;

/**
 * What a field visit's sites add up to: how many were visited, how many schools had what each yes/no
 * question of the review's checklist asks about (out of the schools where it was observed), pupils
 * present against enrolled and teachers present. The visit report and the aide-memoire's findings
 * say it in words.
 */
public record VisitFigures(
        int sites, int schools, List<Item> items, int pupilsEnrolled, int pupilsPresent, int teachersPresent) {

    /** A yes/no question of the checklist and its tally over the schools. */
    public record Item(Question question, Tally tally) {}

    /** Schools where the item was seen, out of the schools where someone looked. */
    public record Tally(int yes, int of) {}

    /**
     * @param checklist the review's checklist today: its yes/no questions are tallied, in its order,
     *                  over every site that answered them, whatever revision the site was recorded with
     */
    public static VisitFigures of(List<Site> sites, Checklist checklist) {
        List<Site> schools =
                sites.stream().filter(s -> s.getKind() == SiteKind.SCHOOL).toList();
        List<Item> items = checklist.questions().stream()
                .filter(q -> q.type() == QuestionType.YES_NO)
                .map(q -> new Item(
                        q,
                        new Tally(
                                (int) schools.stream()
                                        .filter(s -> Boolean.TRUE.equals(s.yesNo(q.code())))
                                        .count(),
                                (int) schools.stream()
                                        .filter(s -> s.yesNo(q.code()) != null)
                                        .count())))
                .toList();
        // Pupils are compared only where both were counted, so the share means something.
        List<Site> counted = schools.stream()
                .filter(s -> s.getPupilsEnrolled() != null && s.getPupilsPresent() != null)
                .toList();
        return new VisitFigures(
                sites.size(),
                schools.size(),
                items,
                counted.stream().mapToInt(Site::getPupilsEnrolled).sum(),
                counted.stream().mapToInt(Site::getPupilsPresent).sum(),
                schools.stream()
                        .map(Site::getTeachersPresent)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum());
    }

    /** The tally of the question with this code; none where the checklist does not ask it. */
    public Tally tally(String code) {
        return items.stream()
                .filter(i -> i.question().code().equals(code))
                .map(Item::tally)
                .findFirst()
                .orElse(new Tally(0, 0));
    }

    /**
     * The figures as short lines ("Separate toilets for girls: 0 of 1"), for the report and the
     * aide-memoire. A question's wording is the organizers' text: callers writing markup escape it.
     */
    public List<String> lines(Translator t, Locale locale) {
        Language language = Language.of(locale.getLanguage()).orElse(Language.DEFAULT);
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            if (item.tally().of() > 0) {
                lines.add(t.t(
                        "visit.figures.item",
                        item.question().label(language),
                        item.tally().yes(),
                        item.tally().of()));
            }
        }
        Double share = attendance();
        if (share != null) {
            lines.add(t.t(
                    "visit.figures.pupils",
                    pupilsPresent,
                    pupilsEnrolled,
                    NumberFormat.getPercentInstance(locale).format(share)));
        }
        if (schools > 0) {
            lines.add(t.t("visit.figures.teachers", teachersPresent));
        }
        return lines;
    }

    /** Pupils present as a share of those enrolled, where both were counted. */
    public @Nullable Double attendance() {
        return pupilsEnrolled == 0 ? null : (double) pupilsPresent / pupilsEnrolled;
    }
}
