package org.jesr.desk.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agreed recommendation as the register shows it all year: its latest reported status and whether
 * it is overdue (its due date passed and it is neither done nor dropped).
 */
public record Accountable(
        Recommendation recommendation, @Nullable ProgressUpdate latest, boolean overdue) {

    /** The latest update's status; before any, what was imported with it, else not started. */
    public FollowUpStatus status() {
        if (latest != null) {
            return latest.getStatus();
        }
        FollowUpStatus imported = recommendation.getFollowUpStatus();
        return imported == null ? FollowUpStatus.NOT_STARTED : imported;
    }

    public Optional<ProgressUpdate> latestUpdate() {
        return Optional.ofNullable(latest);
    }

    static boolean overdue(Recommendation r, FollowUpStatus status, LocalDate today) {
        return r.getDueDate() != null
                && r.getDueDate().isBefore(today)
                && status != FollowUpStatus.COMPLETED
                && status != FollowUpStatus.DROPPED;
    }
}
