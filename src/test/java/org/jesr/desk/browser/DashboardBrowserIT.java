package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** The charts are drawn by ECharts from the committed bundle, in a real Chromium. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void an_indicator_chart_renders_as_svg_with_its_lines_and_labels() {
        signIn("observer", "observer");
        navigateTo(app.url("dashboard"));
        waitForVaadin();

        wait.until((ExpectedCondition<Boolean>) d -> ((Number)
                                js(
                                        "const s = document.querySelector('#chart-a1-chart svg'); return s ? s.querySelectorAll('path').length : 0;"))
                        .intValue()
                > 5);
        // ECharts draws at the size the element has when the chart starts, then again when its
        // ResizeObserver reports the laid-out size: the first drawing can carry a thinned-out x axis
        // (one year of seven was seen). What counts is the drawing the reader is left with.
        waitFor(driver, Duration.ofSeconds(10))
                .withMessage("the x axis of the first chart never showed 2025")
                .until(d -> String.valueOf(
                                js(
                                        "return Array.from(document.querySelectorAll('#chart-a1-chart svg text')).map(t => t.textContent).join('|');"))
                        .contains("2025"));
        @SuppressWarnings("unchecked")
        Map<String, Object> svg = (Map<String, Object>) js("""
                const svg = document.querySelector('#chart-a1-chart svg');
                const box = svg.getBoundingClientRect();
                return {width: box.width, height: box.height,
                        texts: Array.from(svg.querySelectorAll('text')).map(t => t.textContent).join('|')};
                """);
        assertThat(((Number) svg.get("width")).doubleValue()).isGreaterThan(200);
        assertThat(((Number) svg.get("height")).doubleValue()).isGreaterThan(200);
        // The x axis carries the years and the legend the series, in the observer's language (French).
        assertThat((String) svg.get("texts")).contains("2025", "Trajectoire cible", "Réalisé");
        assertThat(text("chart-a1-table")).contains("2025");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    /** Issue 21: ECharts wrote "150,000" on the axis above a French table's "150 000". */
    @Test
    void a_french_reader_sees_the_same_number_format_on_the_chart_as_in_its_table() {
        signIn("observer", "observer");
        navigateTo(app.url("dashboard"));
        waitForVaadin();
        driver.findElement(org.openqa.selenium.By.id("dashboard-tabs-tab-1")).click();
        wait.until((ExpectedCondition<Boolean>) d -> ((Number)
                                js(
                                        "const s = document.querySelector('#finance-spending-chart svg'); return s ? s.querySelectorAll('text').length : 0;"))
                        .intValue()
                > 5);
        String axis = String.valueOf(
                        js(
                                "return Array.from(document.querySelectorAll('#finance-spending-chart svg text')).map(t => t.textContent).join('|');"))
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
        String table = text("finance-spending-table").replace('\u202f', ' ').replace('\u00a0', ' ');

        assertThat(table).containsPattern("\\d \\d{3}");
        assertThat(axis).containsPattern("\\d \\d{3}").doesNotContainPattern("\\d,\\d{3}");
        assertThat(severeConsoleMessages()).isEmpty();
    }
}
