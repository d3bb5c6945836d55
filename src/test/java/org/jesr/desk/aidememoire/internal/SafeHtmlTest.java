package org.jesr.desk.aidememoire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The only markup a paragraph keeps, whatever was pasted into it. */
class SafeHtmlTest {

    @Test
    void emphasis_lists_and_line_breaks_stay() {
        String html = "<b>Access</b> and <i>equity</i><br><ul><li>girls</li></ul>";

        assertThat(SafeHtml.clean(html)).isEqualTo(html);
    }

    @Test
    void scripts_event_handlers_and_links_go_but_their_text_stays() {
        String cleaned = SafeHtml.clean(
                "<p onclick=\"steal()\">Enrolment</p><script>alert(1)</script><a href=\"javascript:x()\">rose</a>");

        assertThat(cleaned).isEqualTo("Enrolmentrose").doesNotContain("script", "onclick", "href");
    }

    @Test
    void typed_text_is_escaped_into_inert_html() {
        assertThat(SafeHtml.escape("<b>Ministry & partners</b>"))
                .isEqualTo("&lt;b&gt;Ministry &amp; partners&lt;/b&gt;");
    }
}
