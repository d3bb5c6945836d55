package org.jesr.desk.review;

import java.time.LocalDate;

/**
 * What the secretariat chooses when it starts next year's review from this one.
 *
 * @param participants copy the participants (with their organizations and languages)
 * @param members      copy the working groups' co-chairs, rapporteurs and members (needs the participants)
 */
public record NextReview(
        String name, int year, LocalDate start, LocalDate end, boolean participants, boolean members) {}
