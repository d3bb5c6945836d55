package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Script and markup typed into the app's text fields, then every screen that shows them opened
 * in Chromium: nothing runs, no element is injected, and the words are still there as text.
 */
class HostileTextBrowserIT extends BrowserTest {

    static final String PAYLOAD =
            "Census <script>window.__xss=1</script> <img src=x onerror=\"window.__xss=2\"> \"><svg onload=\"window.__xss=3\">";

    @Test
    void markup_typed_into_notes_a_recommendation_and_an_aide_memoire_section_stays_inert_on_every_screen() {
        try (RunningApp own = RunningApp.own("hostile-text")) {
            String base = "http://localhost:" + own.port() + "/";
            signInAt(base + "login", "rapporteur", "rapporteur");
            long session = sessionFromMyAgenda(base, DroppedConnectionBrowserIT.SESSION);
            navigateTo(base + "notes/" + session);
            WebElement summary = wait.until(d -> d.findElement(By.cssSelector("#notes-summary-text textarea")));
            summary.sendKeys(PAYLOAD);
            js("arguments[0].blur();", summary);
            wait.until(d ->
                    "saved".equals(d.findElement(By.id("notes-summary-state")).getAttribute("data-state")));
            click(By.id("propose-recommendation"));
            wait.until(d -> d.findElement(By.cssSelector("#recommendation-text textarea")))
                    .sendKeys(PAYLOAD);
            driver.findElement(By.cssSelector("#recommendation-responsible input"))
                    .sendKeys("SELD <b onmouseover=alert(4)>x</b>");
            click(By.id("recommendation-save"));
            wait.until(d -> d.findElements(By.id("recommendation-dialog")).isEmpty());
            assertInert("notes as rapporteur");

            driver.manage().deleteAllCookies();
            signInAt(base + "login", "organizer", "organizer");
            navigateTo(base + "aide-memoire");
            click(By.id("section-next-steps-edit"));
            WebElement text = wait.until(d -> d.findElement(By.cssSelector("#section-text textarea")));
            text.clear();
            text.sendKeys(PAYLOAD);
            click(By.id("section-save"));
            wait.until(d -> d.findElements(By.id("section-edit-dialog")).isEmpty());

            for (String page : List.of(
                    "aide-memoire",
                    "notes/" + session,
                    "recommendations",
                    "wrap-up",
                    "notes-board",
                    "session/" + session,
                    "audit",
                    "")) {
                navigateTo(base + page);
                waitForVaadin();
                assertInert(page);
            }
            navigateTo(base + "recommendations");
            waitForVaadin();
            // The register's grid renders only the rows in view; the new proposal is the last one.
            wait.until(d ->
                    ((Number) js("return document.getElementById('recommendation-grid').size || 0;")).intValue() > 0);
            wait.until(d -> {
                js("const g = document.getElementById('recommendation-grid'); g.scrollToIndex(g.size - 1);");
                return ((String) js("return document.getElementById('recommendation-grid').innerText"))
                        .contains("Census <script>window.__xss=1</script>");
            });
            navigateTo(base + "audit");
            wait.until(d -> ((String) js("return document.body.innerText")).contains("<img src=x onerror="));
        }
    }

    private void assertInert(String where) {
        assertThat(js("return window.__xss === undefined"))
                .as(where + ": a script ran")
                .isEqualTo(true);
        assertThat(((Number)
                                js(
                                        "return document.querySelectorAll('img[src=\"x\"], svg[onload], b[onmouseover]').length"))
                        .intValue())
                .as(where + ": markup became elements")
                .isZero();
    }
}
