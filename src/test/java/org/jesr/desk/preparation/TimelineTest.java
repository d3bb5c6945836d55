package org.jesr.desk.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The readiness rule on its own: due dates from the review's dates, lateness in days. */
class TimelineTest {

    static final LocalDate START = LocalDate.of(2027, 3, 15);
    static final LocalDate END = LocalDate.of(2027, 3, 17);

    @Test
    void a_milestone_falls_before_the_start_after_the_end_or_on_its_fixed_date() {
        assertThat(Milestone.of(1, MilestoneKind.TERMS_OF_REFERENCE_AGREED, 1).dueDate(START, END))
                .isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(Milestone.of(1, MilestoneKind.AIDE_MEMOIRE_CIRCULATED, 1).dueDate(START, END))
                .isEqualTo(LocalDate.of(2027, 4, 16));
        Milestone conference = Milestone.of(1, MilestoneKind.MINISTERIAL_CONFERENCE, 1);
        conference.setAnchor(Anchor.FIXED);
        conference.setFixedDate(LocalDate.of(2027, 6, 2));
        assertThat(conference.dueDate(START, END)).isEqualTo(LocalDate.of(2027, 6, 2));
    }

    @Test
    void open_milestones_are_late_due_soon_or_upcoming_and_done_ones_on_time_or_late() {
        Milestone m = Milestone.of(1, MilestoneKind.INVITATIONS_SENT, 1);
        LocalDate due = LocalDate.of(2027, 2, 13);
        assertThat(Timeline.of(m, due, null, due.plusDays(3), null, false)).satisfies(p -> {
            assertThat(p.readiness()).isEqualTo(Readiness.LATE);
            assertThat(p.days()).isEqualTo(3);
        });
        assertThat(Timeline.of(m, due, null, due, null, false).readiness()).isEqualTo(Readiness.DUE_SOON);
        assertThat(Timeline.of(m, due, null, due.minusDays(7), null, false).readiness())
                .isEqualTo(Readiness.DUE_SOON);
        assertThat(Timeline.of(m, due, null, due.minusDays(8), null, false).readiness())
                .isEqualTo(Readiness.UPCOMING);
        assertThat(Timeline.of(m, due, due, due.plusDays(30), null, false).readiness())
                .isEqualTo(Readiness.DONE);
        assertThat(Timeline.of(m, due, due.plusDays(1), due.plusDays(30), null, false))
                .satisfies(p -> {
                    assertThat(p.readiness()).isEqualTo(Readiness.DONE_LATE);
                    assertThat(p.days()).isEqualTo(1);
                });
    }
}
