package org.jesr.desk.workinggroup;

import java.time.Instant;
import java.util.Optional;
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

    /**
     * The notes' one rule for concurrent writers: a change must be based on the version stored now
     * (-1 while the session has no notes). Otherwise it is refused with what is stored, so the writer
     * can merge instead of overwriting. {@code field} names the text to send back; null for a change
     * of the key findings, which sends none.
     */
    static Optional<SaveOutcome> ifStale(@Nullable SessionNotes current, long baseVersion, @Nullable NotesField field) {
        long currentVersion = current == null ? -1 : current.getVersion();
        if (currentVersion == baseVersion) {
            return Optional.empty();
        }
        return Optional.of(conflict(
                currentVersion,
                current == null || field == null ? "" : current.text(field),
                current == null ? null : current.getUpdatedBy(),
                current == null ? null : current.getUpdatedAt()));
    }
}
