package org.jesr.desk.preparation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as the readiness view shows it: its due date from the review's dates, where it stands
 * today, and by how many days (late by, left, or done ahead of or after its date).
 *
 * @param workedOut true when the app worked the status out (the progress report) rather than being told
 */
public record MilestoneProgress(
        Milestone milestone,
        LocalDate due,
        Readiness readiness,
        long days,
        @Nullable LocalDate doneOn,
        @Nullable String evidenceRef,
        boolean workedOut) {}
