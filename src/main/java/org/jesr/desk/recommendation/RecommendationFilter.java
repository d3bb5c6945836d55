package org.jesr.desk.recommendation;

import org.jspecify.annotations.Nullable;

/** Narrows the register; empty parts match all. Merged duplicates are hidden unless asked for. */
public record RecommendationFilter(
        @Nullable Long themeId,
        @Nullable SourceKind source,
        String responsibleBody,
        @Nullable Consensus consensus) {

    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, "", null);
    }
}
