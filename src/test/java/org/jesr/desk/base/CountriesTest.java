package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void a_code_is_named_from_the_jdk_in_the_readers_language() {
        assertThat(Countries.name("SN", Locale.FRENCH)).isEqualTo("Sénégal");
        assertThat(Countries.name("SN", Locale.ENGLISH)).isEqualTo("Senegal");
        assertThat(Countries.name("CI", Locale.FRENCH)).isEqualTo("Côte d’Ivoire");
    }

    @Test
    void text_kept_from_before_codes_is_shown_as_it_was_typed() {
        assertThat(Countries.name("Sindh, Pakistan", Locale.FRENCH)).isEqualTo("Sindh, Pakistan");
    }

    @Test
    void a_name_in_either_working_language_or_a_code_gives_the_code() {
        assertThat(Countries.codeOf("Senegal")).hasValue("SN");
        assertThat(Countries.codeOf(" sénégal ")).hasValue("SN");
        assertThat(Countries.codeOf("Népal")).hasValue("NP");
        assertThat(Countries.codeOf("np")).hasValue("NP");
        assertThat(Countries.codeOf("Atlantis")).isEmpty();
        assertThat(Countries.codeOf("")).isEmpty();
    }

    @Test
    void a_picker_lists_the_countries_in_the_order_of_their_names() {
        var french = Countries.codesByName(Locale.FRENCH);
        // "Égypte" sorts among the E's in French, not after "Zimbabwe".
        assertThat(french.indexOf("EG")).isLessThan(french.indexOf("ES")).isGreaterThan(french.indexOf("DK"));
    }
}
