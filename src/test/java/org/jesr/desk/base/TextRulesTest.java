package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What typed text may hold: every script and emoji, but no hidden control or reordering characters. */
class TextRulesTest {

    @Test
    void urdu_french_emoji_tabs_and_line_breaks_are_welcome() {
        assertThatCode(() -> TextRules.requireClean("تعلیم\tÉducation pour tous 📚\r\nnext line"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TextRules.requireClean(null)).doesNotThrowAnyException();
    }

    @Test
    void a_control_character_is_refused_naming_the_character_and_its_position() {
        assertThatThrownBy(() -> TextRules.requireClean("ab\u0007c"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.args()).containsExactly("U+0007", 3));
    }

    @Test
    void a_bidirectional_override_that_disguises_a_line_is_refused() {
        assertThatThrownBy(() -> TextRules.requireClean("invoice\u202Efdp.exe"))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("validation.control-characters");
    }

    @Test
    void text_over_the_limit_is_refused_before_its_characters_are_read() {
        assertThatThrownBy(() -> TextRules.requireClean("x".repeat(11), 10)).hasMessage("validation.too-long");
        assertThatCode(() -> TextRules.requireClean("x".repeat(10), 10)).doesNotThrowAnyException();
    }
}
