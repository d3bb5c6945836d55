package org.jesr.desk.aidememoire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void the_language_asked_for_wins_when_the_review_works_in_it() {
        assertThat(RequestLanguage.pick("fr", "en-GB", List.of("en", "fr"))).isEqualTo(Locale.FRENCH);
        assertThat(RequestLanguage.pick("de", "en-GB", List.of("en", "fr"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void else_the_browsers_first_language_the_review_offers_else_the_reviews_first() {
        assertThat(RequestLanguage.pick(null, "de-DE,fr;q=0.8,en;q=0.5", List.of("en", "fr")))
                .isEqualTo(Locale.FRENCH);
        assertThat(RequestLanguage.pick(null, "de-DE", List.of("fr", "en"))).isEqualTo(Locale.FRENCH);
        assertThat(RequestLanguage.pick(null, ";;;q=x", List.of("fr")))
                .as("a malformed header")
                .isEqualTo(Locale.FRENCH);
        assertThat(RequestLanguage.pick(null, null, List.of())).isEqualTo(Locale.ENGLISH);
    }
}
