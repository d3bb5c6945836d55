package org.jesr.desk.fieldvisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VisitFiguresTest {

    @Test
    void checklist_items_count_the_schools_where_they_were_observed_and_offices_do_not_count() {
        VisitFigures figures = VisitFigures.of(
                List.of(school(true, 212, 147, 5), school(false, 340, 301, 11), school(null, null, 40, 2), office()));

        assertThat(figures.sites()).isEqualTo(4);
        assertThat(figures.schools()).isEqualTo(3);
        // Two schools were looked at for girls' toilets; the third was not, and the office never counts.
        assertThat(figures.items().get(VisitFigures.Item.GIRLS_TOILETS)).isEqualTo(new VisitFigures.Tally(1, 2));
        assertThat(figures.items().get(VisitFigures.Item.WATER)).isEqualTo(new VisitFigures.Tally(0, 0));
    }

    @Test
    void pupils_are_compared_only_where_both_were_counted() {
        VisitFigures figures = VisitFigures.of(List.of(school(true, 212, 147, 5), school(true, null, 40, 2)));

        assertThat(figures.pupilsEnrolled()).isEqualTo(212);
        assertThat(figures.pupilsPresent()).isEqualTo(147);
        assertThat(figures.attendance()).isEqualTo(147.0 / 212);
        assertThat(figures.teachersPresent()).isEqualTo(7);
    }

    @Test
    void a_visit_with_no_school_has_no_attendance() {
        assertThat(VisitFigures.of(List.of(office())).attendance()).isNull();
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

    private static Site office() {
        Site site = new Site();
        site.setKind(SiteKind.DISTRICT_OFFICE);
        site.setGirlsToilets(true);
        site.setWater(true);
        return site;
    }
}
