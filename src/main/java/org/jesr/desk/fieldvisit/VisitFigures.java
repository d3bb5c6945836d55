package org.jesr.desk.fieldvisit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jesr.desk.base.Translator;
import org.jspecify.annotations.Nullable;

/**
 * What a field visit's sites add up to: how many were visited, how many schools had what the
 * checklist asks about (out of the schools where it was observed), pupils present against
 * enrolled and teachers present. The visit report and the aide-memoire's findings say it in words.
 */
public record VisitFigures(
        int sites, int schools, Map<Item, Tally> items, int pupilsEnrolled, int pupilsPresent, int teachersPresent) {

    /** What the site checklist observes at a school, in the order it is reported. */
    public enum Item {
        GIRLS_TOILETS(Site::getGirlsToilets),
        TOILETS(Site::getToilets),
        WATER(Site::getWater),
        ELECTRICITY(Site::getElectricity),
        TEXTBOOKS(Site::getTextbooks),
        SMC_ACTIVE(Site::getSmcActive);

        private final Function<Site, @Nullable Boolean> answer;

        Item(Function<Site, @Nullable Boolean> answer) {
            this.answer = answer;
        }

        /** The site's key into translations: "site.girls-toilets" and the like. */
        public String translationKey() {
            return "site." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Schools where the item was seen, out of the schools where someone looked. */
    public record Tally(int yes, int of) {}

    public static VisitFigures of(List<Site> sites) {
        List<Site> schools =
                sites.stream().filter(s -> s.getKind() == SiteKind.SCHOOL).toList();
        Map<Item, Tally> items = java.util.Arrays.stream(Item.values())
                .collect(Collectors.toMap(
                        item -> item,
                        item -> new Tally(
                                (int) schools.stream()
                                        .filter(s -> Boolean.TRUE.equals(item.answer.apply(s)))
                                        .count(),
                                (int) schools.stream()
                                        .filter(s -> item.answer.apply(s) != null)
                                        .count()),
                        (a, b) -> a,
                        () -> new java.util.EnumMap<>(Item.class)));
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
                        .filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum());
    }

    /** The figures as short lines ("Separate toilets for girls: 0 of 1"), for the report and the aide-memoire. */
    public List<String> lines(Translator t, java.util.Locale locale) {
        List<String> lines = new java.util.ArrayList<>();
        items.forEach((item, tally) -> {
            if (tally.of() > 0) {
                lines.add(t.t("visit.figures.item", t.t(item.translationKey()), tally.yes(), tally.of()));
            }
        });
        Double share = attendance();
        if (share != null) {
            lines.add(t.t(
                    "visit.figures.pupils",
                    pupilsPresent,
                    pupilsEnrolled,
                    java.text.NumberFormat.getPercentInstance(locale).format(share)));
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
