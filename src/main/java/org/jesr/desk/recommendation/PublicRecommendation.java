package org.jesr.desk.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An agreed recommendation as the public page shows it: its number in the aide-memoire and where it stands. */
public record PublicRecommendation(
        int number,
        String text,
        String responsible,
        FollowUpStatus status,
        @Nullable LocalDate due,
        @Nullable Instant updatedAt) {}
