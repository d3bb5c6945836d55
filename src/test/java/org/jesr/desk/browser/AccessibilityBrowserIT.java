package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core (the engine behind most accessibility checkers) scans each main screen against WCAG
 * 2.1 A and AA, in English and in French. Serious and critical violations fail the test; every
 * finding, whatever its impact, is written to target/figures/accessibility.txt.
 */
class AccessibilityBrowserIT extends BrowserTest {

    static final List<String> ORGANIZER_PAGES = TabletLayoutBrowserIT.ORGANIZER_PAGES;
    static final List<String> OBSERVER_PAGES =
            List.of("", "now", "agenda", "my-agenda", "delegation", "self-assessment", "dashboard", "recommendations");

    @Test
    void the_main_screens_have_no_serious_or_critical_accessibility_violations_in_english() throws IOException {
        List<String> findings = new ArrayList<>();
        driver.get(app.url("login"));
        findings.addAll(scan("en", "login"));
        signIn("organizer", "organizer");
        for (String page : ORGANIZER_PAGES) {
            navigate(page);
            findings.addAll(scan("en", page));
        }
        report("en", findings);
    }

    @Test
    void the_main_screens_have_no_serious_or_critical_accessibility_violations_in_french() throws IOException {
        List<String> findings = new ArrayList<>();
        createAccount("a11y-fr", "quiet river lantern", "Organizer");
        signIn("a11y-fr", "quiet river lantern");
        chooseLanguage("fr");
        wait.until(d -> firstMenuEntry().equals("Vue d’ensemble"));
        for (String page : ORGANIZER_PAGES) {
            navigate(page);
            findings.addAll(scan("fr", page));
        }
        driver.manage().deleteAllCookies();
        // The demo observer reads the app in French.
        signIn("observer", "observer");
        for (String page : OBSERVER_PAGES) {
            navigate(page);
            findings.addAll(scan("fr", "observer/" + page));
        }
        report("fr", findings);
    }

    @Test
    void the_offline_field_kit_has_no_serious_or_critical_accessibility_violations_in_either_language()
            throws IOException {
        List<String> findings = new ArrayList<>();
        resize(768, 1024);
        signIn("organizer", "organizer");
        driver.get(app.url("kit/index.html"));
        wait.until(d ->
                !d.findElements(By.cssSelector("#kit-to-take .card button")).isEmpty());
        findings.addAll(axe("en", "kit"));
        click(By.cssSelector("#kit-to-take .card button"));
        wait.until(d -> !d.findElements(By.id("kit-add-site")).isEmpty());
        click(By.id("kit-language"));
        wait.until(d -> d.findElement(By.id("kit-add-site")).getText().equals("Ajouter un site"));
        findings.addAll(axe("fr", "kit/visit"));
        click(By.id("kit-add-site"));
        wait.until(d -> !d.findElements(By.id("kit-site")).isEmpty());
        findings.addAll(axe("fr", "kit/site"));
        click(By.id("kit-language"));
        wait.until(d -> !d.findElements(By.id("kit-site")).isEmpty());
        findings.addAll(axe("en", "kit/site"));
        click(By.id("kit-outbox-button"));
        wait.until(d -> !d.findElements(By.id("kit-outbox")).isEmpty());
        findings.addAll(axe("en", "kit/outbox"));
        report("kit", findings);
    }

    /** The scans above pass only if the scanner can fail: a button with no name planted in a page is reported. */
    @Test
    void the_scanner_reports_a_violation_planted_in_a_page() {
        driver.get(app.url("login"));
        waitForVaadin();
        js(
                "const planted = document.createElement('button'); planted.id = 'planted'; document.body.appendChild(planted);");

        assertThat(axe("en", "login"))
                .anySatisfy(line -> assertThat(line).startsWith("! en /login critical button-name"));
    }

    /** Every violation as one line; serious and critical ones start with "!". */
    private List<String> scan(String language, String page) {
        waitForVaadin();
        return axe(language, page);
    }

    private List<String> axe(String language, String page) {
        // Legacy mode runs axe.run() in the page itself. The default (runPartial in every frame, then
        // finishRun in a blank window it opens and closes) exists for cross-origin frames, which the
        // app has none of, and cost a window and a second axe per scan (decision 0023).
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true)
                .analyze(driver);
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            boolean blocking = "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact());
            lines.add((blocking ? "! " : "  ") + language + " /" + page + " " + rule.getImpact() + " " + rule.getId()
                    + " ("
                    + rule.getNodes().size() + "): "
                    + rule.getNodes().stream()
                            .limit(3)
                            .map(n -> n.getTarget() + " " + n.getFailureSummary())
                            .toList());
        }
        return lines;
    }

    private static void report(String language, List<String> findings) throws IOException {
        Path figures = Files.createDirectories(Path.of("target", "figures"));
        Files.write(
                figures.resolve("accessibility-" + language + ".txt"),
                findings,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(findings.stream().filter(line -> line.startsWith("!")).toList())
                .as("serious or critical violations; all findings in target/figures/accessibility-" + language + ".txt")
                .isEmpty();
    }
}
