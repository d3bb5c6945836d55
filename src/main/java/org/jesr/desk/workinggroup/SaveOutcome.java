package org.jesr.desk.workinggroup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an autosave: stored (with the new version to base the next save on), or
 * refused because someone else saved first, with their text so the two can be merged.
 */
public record SaveOutcome(
        boolean saved,
        long version,
        String serverText,
        @Nullable String otherAuthor,
        @Nullable Instant at) {

    public static SaveOutcome saved(long version, String text, Instant at) {
        return new SaveOutcome(true, version, text, null, at);
    }

    public static SaveOutcome conflict(long version, String serverText, @Nullable String author, @Nullable Instant at) {
        return new SaveOutcome(false, version, serverText, author, at);
    }
}
