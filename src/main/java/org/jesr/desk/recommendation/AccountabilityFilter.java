package org.jesr.desk.recommendation;

import org.jspecify.annotations.Nullable;

/** What the accountability register is narrowed to; a null field does not narrow. */
public record AccountabilityFilter(
        @Nullable Long themeId,
        @Nullable Long organizationId,
        @Nullable FollowUpStatus status,
        boolean overdueOnly) {

    public static AccountabilityFilter all() {
        return new AccountabilityFilter(null, null, null, false);
    }
}
