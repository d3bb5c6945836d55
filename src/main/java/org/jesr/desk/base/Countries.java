package org.jesr.desk.base;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Countries as ISO 3166 codes, named from the JDK's locale data in the reader's language (issue
 * 21): a French improvement plan said "Senegal". A delegation stores "SN"; screens and documents
 * say "Sénégal" or "Senegal". Text stored before codes (or that names no country) is shown as it
 * was typed, so nothing is lost.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private Countries() {}

    public static boolean isCode(@Nullable String value) {
        return value != null && CODES.contains(value);
    }

    /** The country's name in {@code locale}, or the stored text itself when it is not a code. */
    public static String name(String stored, Locale locale) {
        return isCode(stored) ? Locale.of("", stored).getDisplayCountry(locale) : stored;
    }

    /** Every country code, ordered by its name in {@code locale}, as a picker lists them. */
    public static List<String> codesByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return CODES.stream()
                .sorted(Comparator.comparing((String code) -> name(code, locale), collator))
                .toList();
    }

    /**
     * The code for what someone typed or imported: a code ("sn"), or a name in a working
     * language, accents and case aside ("Senegal", "sénégal").
     */
    public static Optional<String> codeOf(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(text);
        if (isCode(wanted.toUpperCase(Locale.ROOT))) {
            return Optional.of(wanted.toUpperCase(Locale.ROOT));
        }
        return CODES.stream()
                .filter(code -> Arrays.stream(Language.values())
                        .anyMatch(l -> fold(name(code, l.locale())).equals(wanted)))
                .findFirst();
    }

    private static String fold(String text) {
        return ACCENTS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
