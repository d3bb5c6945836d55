package org.jesr.desk.fieldvisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VisitFiguresTest {

    private static final Checklist CHECKLIST = new Checklist(
            1L,
            2,
            List.of(
                    question("water", QuestionType.YES_NO),
                    question("girls-toilets", QuestionType.YES_NO),
                    question("classrooms", QuestionType.NUMBER)));

    @Test
    void a_yes_no_question_organizers_added_is_tallied_in_their_wording_and_language() {
        Site school = school(null, null, 10, 1);
        school.setAnswer("ramp", "true");
        Checklist withRamp = new Checklist(
                1L,
                3,
                List.of(new Question(
                        "ramp",
                        QuestionType.YES_NO,
                        false,
                        java.util.Map.of("en", "Ramp for wheelchairs", "fr", "Rampe pour fauteuils"),
                        java.util.Map.of(),
                        List.of())));

        VisitFigures figures = VisitFigures.of(List.of(school), withRamp);

        assertThat(figures.tally("ramp")).isEqualTo(new VisitFigures.Tally(1, 1));
        assertThat(figures.lines((key, args) -> key + java.util.Arrays.toString(args), java.util.Locale.FRENCH))
                .first()
                .asString()
                .contains("Rampe pour fauteuils");
    }

    @Test
    void checklist_items_count_the_schools_where_they_were_observed_and_offices_do_not_count() {
        VisitFigures figures = VisitFigures.of(
                List.of(school(true, 212, 147, 5), school(false, 340, 301, 11), school(null, null, 40, 2), office()),
                CHECKLIST);

        assertThat(figures.sites()).isEqualTo(4);
        assertThat(figures.schools()).isEqualTo(3);
        // Two schools were looked at for girls' toilets; the third was not, and the office never counts.
        assertThat(figures.tally("girls-toilets")).isEqualTo(new VisitFigures.Tally(1, 2));
        assertThat(figures.tally("water")).isEqualTo(new VisitFigures.Tally(0, 0));
        // A number question is recorded, not tallied as yes or no.
        assertThat(figures.items()).extracting(i -> i.question().code()).containsExactly("water", "girls-toilets");
    }

    @Test
    void pupils_are_compared_only_where_both_were_counted() {
        VisitFigures figures =
                VisitFigures.of(List.of(school(true, 212, 147, 5), school(true, null, 40, 2)), CHECKLIST);

        assertThat(figures.pupilsEnrolled()).isEqualTo(212);
        assertThat(figures.pupilsPresent()).isEqualTo(147);
        assertThat(figures.attendance()).isEqualTo(147.0 / 212);
        assertThat(figures.teachersPresent()).isEqualTo(7);
    }

    @Test
    void a_visit_with_no_school_has_no_attendance() {
        assertThat(VisitFigures.of(List.of(office()), CHECKLIST).attendance()).isNull();
    }

    private static Site school(
            @Nullable Boolean girlsToilets, @Nullable Integer enrolled, Integer present, int teachers) {
        Site site = new Site();
        site.setKind(SiteKind.SCHOOL);
        site.setGirlsToilets(girlsToilets);
        site.setPupilsEnrolled(enrolled);
        site.setPupilsPresent(present);
        site.setTeachersPresent(teachers);
        return site;
    }

    private static Question question(String code, QuestionType type) {
        return new Question(code, type, false, java.util.Map.of("en", code), java.util.Map.of(), List.of());
    }

    private static Site office() {
        Site site = new Site();
        site.setKind(SiteKind.DISTRICT_OFFICE);
        site.setGirlsToilets(true);
        site.setWater(true);
        return site;
    }
}
