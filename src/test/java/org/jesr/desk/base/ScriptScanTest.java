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
}
