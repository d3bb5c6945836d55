package org.jesr.desk.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The working languages of a review: what the screens, the generated documents and people's
 * preferences may be in. Stored as its two-letter code, so a third language is a value here, a
 * translation file and no migration.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    FRENCH("fr", Locale.FRENCH);

    /** What is used when nothing, or something unsupported, was chosen. */
    public static final Language DEFAULT = ENGLISH;

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this code ("fr", or "FR"), if it is one of the working languages. */
    public static Optional<Language> of(@Nullable String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }

    /** The language with this code, or the default: for reading stored values and browser locales. */
    public static Language orDefault(@Nullable String code) {
        return of(code).orElse(DEFAULT);
    }

    public static Language of(Locale locale) {
        return orDefault(locale.getLanguage());
    }

    /** Whether this is exactly a working language's code, as it is stored. */
    public static boolean isSupported(@Nullable String code) {
        return Arrays.stream(values()).anyMatch(l -> l.code.equals(code));
    }

    /** Every working language's code, in the order they are offered. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
