package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Issue 19, finding 8: the packaged app sends its hardening headers on pages and downloads, and its
 * Content-Security-Policy breaks no main screen: each menu entry of a role opens without the browser
 * refusing a script, style, image or connection.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0}: every screen of the menu runs under the policy")
    @ValueSource(strings = {"admin", "organizer", "rapporteur", "contributor", "observer"})
    void every_main_screen_runs_under_the_content_security_policy(String user) {
        signIn(user, user);
        List<String> paths = driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("path"))
                .toList();
        assertThat(paths).hasSizeGreaterThan(3);
        List<String> refused = new ArrayList<>();
        js("window.__noReload = true;");
        for (String path : paths) {
            navigate(path);
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
                if (entry.getMessage().contains("Content Security Policy")
                        || entry.getMessage().contains("Refused to")) {
                    refused.add(path + ": " + entry.getMessage());
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(js("return window.__noReload === true;"))
                .as("screens opened in place")
                .isEqualTo(true);
        assertThat(driver.findElements(By.id("error-notification"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} carries the headers")
    @ValueSource(strings = {"agenda", "ical/review.ics"})
    @SuppressWarnings("unchecked")
    void a_page_and_a_download_carry_the_hardening_headers(String path) {
        signIn("organizer", "organizer");
        Map<String, Object> headers = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done({"
                                + " csp: r.headers.get('content-security-policy'), nosniff: r.headers.get('x-content-type-options'),"
                                + " referrer: r.headers.get('referrer-policy'), status: r.status}));",
                        app.url(path));
        assertThat(((Number) headers.get("status")).intValue()).isEqualTo(200);
        assertThat((String) headers.get("csp")).contains("default-src 'self'", "object-src 'none'");
        assertThat(headers.get("nosniff")).isEqualTo("nosniff");
        assertThat(headers.get("referrer")).isEqualTo("same-origin");
    }
}
