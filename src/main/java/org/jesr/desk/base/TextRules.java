package org.jesr.desk.base;

import org.jspecify.annotations.Nullable;

/**
 * What typed text may contain. Any script, right-to-left (Urdu, Arabic) and emoji are welcome;
 * refused are invisible control characters (NUL, escape, bell…) other than tab and line breaks,
 * and the bidirectional overrides that make text display in another order than it is stored,
 * a known trick to disguise what a line really says.
 */
public final class TextRules {

    private TextRules() {}

    /** Throws a translated error if the text holds a character it may not; null and "" are fine. */
    public static void requireClean(@Nullable String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(c)) {
                throw new TranslatedException("validation.control-characters", "U+%04X".formatted((int) c), i + 1);
            }
        }
    }

    /** Like {@link #requireClean(String)}, and no longer than {@code max} characters. */
    public static void requireClean(@Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new TranslatedException("validation.too-long", max);
        }
        requireClean(text);
    }

    private static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
