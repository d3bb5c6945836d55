package org.jesr.desk.aidememoire;

import org.jesr.desk.base.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions, by paragraph number in each (null where the
 * paragraph does not exist on that side).
 */
public record ParagraphChange(
        Kind kind,
        @Nullable Integer oldNumber,
        @Nullable Integer newNumber,
        @Nullable String oldHtml,
        @Nullable String newHtml) {

    public enum Kind implements Translatable {
        CHANGED,
        ADDED,
        REMOVED;

        @Override
        public String keyPrefix() {
            return "aide-memoire.change";
        }
    }
}
