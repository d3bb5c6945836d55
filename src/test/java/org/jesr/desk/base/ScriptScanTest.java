package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploaded bytes that carry script are refused, wherever in the file it hides. */
class ScriptScanTest {

    @Test
    void a_plain_report_passes() {
        assertThatCode(() -> ScriptScan.requireNoScript(
                        "%PDF-1.7 Education Sector Progress Report, online learning".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_script_in_an_image_comment_is_refused_in_any_case() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, '<', 'S', 'c', 'R', 'i', 'P', 't', '>'};

        assertThatThrownBy(() -> ScriptScan.requireNoScript(jpeg)).hasMessage("upload.error.script");
    }

    @Test
    void any_event_handler_attribute_is_refused_not_only_the_usual_ones() {
        assertThatThrownBy(
                        () -> ScriptScan.requireNoScript("<x onpageshow =alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.script");
    }

    /** An indicator table in a text or CSV report says "online = 34"; only inside a tag is it a handler. */
    @Test
    void words_beginning_with_on_followed_by_an_equals_sign_in_plain_text_pass() {
        assertThatCode(() -> ScriptScan.requireNoScript("Schools online = 34 of 50; \"ongoing\" = 12; /onboarding= done"
                        .getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_handler_hidden_among_other_attributes_of_a_tag_is_refused() {
        assertThatThrownBy(
                        () -> ScriptScan.requireNoScript("<img src=\"x.png\" alt='a > b' title=x\nonmouseover=alert(1)>"
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.script");
    }
}
