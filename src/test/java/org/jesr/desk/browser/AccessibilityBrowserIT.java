package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the engine behind most accessibility checkers) scans each main screen against WCAG
 * 2.1 A and AA, in English and in French. Serious and critical violations fail the test; every
 * finding, whatever its impact, is written to target/figures/accessibility.txt.
 */
@ResourceLock(SideBySideBrowserIT.SLOT)
class AccessibilityBrowserIT extends BrowserTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE_SOURCE = axeSource();

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

    /**
     * Runs axe-core (the copy bundled in Deque's Selenium binding) in the page itself. It is injected once
     * per page load: the screens are opened through the router, so one copy serves a whole walk. The
     * binding's {@code AxeBuilder} sent the 560 kB script again on every scan and returned every rule's
     * passes and nodes as well: twice Chromium's CPU per scan and five times the test JVM's (decision 0023).
     */
    @SuppressWarnings("unchecked")
    private List<String> axe(String language, String page) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            js(AXE_SOURCE);
        }
        Object outcome = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                          .then(results => done(results.violations.map(rule => ({
                              id: rule.id,
                              impact: rule.impact || 'none',
                              count: rule.nodes.length,
                              nodes: rule.nodes.slice(0, 3).map(n => JSON.stringify(n.target) + ' ' + n.failureSummary)
                            }))),
                            error => done('axe failed: ' + error));
                        """, TAGS);
        assertThat(outcome).as("axe's answer on /" + page).isInstanceOf(List.class);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) outcome) {
            String impact = rule.get("impact").toString();
            boolean blocking = "serious".equals(impact) || "critical".equals(impact);
            lines.add((blocking ? "! " : "  ") + language + " /" + page + " " + impact + " " + rule.get("id") + " ("
                    + rule.get("count") + "): " + rule.get("nodes"));
        }
        return lines;
    }

    private static String axeSource() {
        try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is missing from Deque's axe-core Selenium jar");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
