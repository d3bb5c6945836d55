package org.jesr.desk.aidememoire.web;

import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/** The language a page without sign-in answers in: the one asked for, else the browser's, else the first offered. */
final class RequestLanguage {

    private RequestLanguage() {}

    static Locale pick(@Nullable String asked, @Nullable String acceptLanguage, List<String> offered) {
        if (asked != null && offered.contains(asked)) {
            return Language.orDefault(asked).locale();
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0];
                    if (offered.contains(code)) {
                        return Language.orDefault(code).locale();
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // A malformed header is no reason to refuse the page: the first language offered it is.
            }
        }
        return Language.orDefault(offered.isEmpty() ? null : offered.getFirst()).locale();
    }
}
