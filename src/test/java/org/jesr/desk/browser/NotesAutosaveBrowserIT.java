package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A rapporteur's words survive a reload that comes before the autosave. */
class NotesAutosaveBrowserIT extends BrowserTest {

    @Test
    void text_typed_just_before_a_reload_is_still_there_afterwards_and_reaches_the_server() {
        signIn("rapporteur", "rapporteur");
        String notesUrl = app.url(
                "notes/" + sessionFromMyAgenda(app.url(""), "Working group: Quality & Learning: consolidating"));
        navigateTo(notesUrl);
        WebElement area = wait.until(d -> d.findElement(By.cssSelector("#notes-bottlenecks-text textarea")));
        String words = "Textbooks for grade 3 arrived in March, two months late.";

        area.sendKeys(words);
        driver.navigate().refresh();
        wait.until(d -> words.equals(d.findElement(By.cssSelector("#notes-bottlenecks-text textarea"))
                .getAttribute("value")));
        wait.until(d ->
                "saved".equals(d.findElement(By.id("notes-bottlenecks-state")).getAttribute("data-state")));

        WebDriver elsewhere = anotherBrowser();
        try {
            WebDriver own = driver;
            driver = elsewhere;
            wait = waitFor(elsewhere, PATIENCE);
            signIn("rapporteur", "rapporteur");
            elsewhere.get(notesUrl);
            wait.until(d -> words.equals(d.findElement(By.cssSelector("#notes-bottlenecks-text textarea"))
                    .getAttribute("value")));
            driver = own;
        } finally {
            putAway(elsewhere);
        }
    }

    /**
     * Issue 21: after a short Wi-Fi cut the header said "Reconnecting…" for minutes, until the next
     * keystroke, while the notes said "Saved". Nobody types here after the cut.
     */
    @Test
    void the_badge_comes_back_to_live_after_a_cut_without_anyone_typing() throws Exception {
        try (ChaosProxy wifi = new ChaosProxy(app.port())) {
            signInAt(wifi.url("login"), "rapporteur", "rapporteur");
            long session = sessionFromMyAgenda(wifi.url(""), "Working group: Quality & Learning: consolidating");
            navigateTo(wifi.url("notes/" + session));
            WebElement area = wait.until(d -> d.findElement(By.cssSelector("#notes-summary-text textarea")));
            wait.until(d -> "connected".equals(badge()));

            // The access point drops out: open connections die, new ones hang.
            wifi.blackhole();
            wifi.resetAll();
            area.sendKeys(" Typed while the Wi-Fi is down.");
            js("arguments[0].blur();", area);
            waitFor(driver, Duration.ofSeconds(15)).until(d -> "reconnecting".equals(badge()));
            // One save state for the page, and it tells the truth: the words are only on this device.
            assertThat(pageState()).isEqualTo("unsaved");
            assertThat(driver.findElement(By.id("notes-save-state")).getText()).contains("Not saved yet");
            assertThat(js("return getComputedStyle(document.querySelector('#notes-summary .save-line')).display;"))
                    .isEqualTo("none");
            wifi.restore();

            long back = System.nanoTime();
            waitFor(driver, Duration.ofSeconds(30)).until(d -> "connected".equals(badge()));
            waitFor(driver, Duration.ofSeconds(30))
                    .until(d -> "saved"
                            .equals(d.findElement(By.id("notes-summary-state")).getAttribute("data-state")));
            assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(30));
            waitFor(driver, Duration.ofSeconds(5)).until(d -> "saved".equals(pageState()));
            assertThat(driver.findElement(By.id("notes-save-state")).getText()).matches("Saved at \\d{1,2}:\\d{2}.*");
        }
    }

    @Test
    void a_portrait_tablet_shows_four_notes_fields_at_once() {
        resize(768, 1024);
        signIn("rapporteur", "rapporteur");
        navigateTo(
                app.url("notes/" + sessionFromMyAgenda(app.url(""), "Working group: Quality & Learning (continued)")));
        wait.until(d -> d.findElements(By.cssSelector(".autosave-field")).size() >= 4);
        waitForVaadin();
        js("document.querySelector('.autosave-field').scrollIntoView({block: 'start'});");
        long whole = (Long) js("""
                return [...document.querySelectorAll('.autosave-field')]
                  .filter(f => { const r = f.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })
                  .length;
                """);
        screenshot("768x1024-notes");
        assertThat(whole).as("notes fields wholly on a 768x1024 screen").isGreaterThanOrEqualTo(4);
    }

    private String pageState() {
        return String.valueOf(driver.findElement(By.id("notes-save-state")).getAttribute("data-state"));
    }

    private String badge() {
        return String.valueOf(js("const b = document.getElementById('live-state'); return b ? b.dataset.state : '';"));
    }

    /** Issue 19, finding 10: a shared tablet, a rapporteur who signs out, an organizer who signs in next. */
    @Test
    void a_draft_left_in_a_shared_browser_is_neither_restored_nor_saved_under_the_next_users_name() {
        signIn("rapporteur", "rapporteur");
        long session = sessionFromMyAgenda(app.url(""), "Working group: Quality & Learning: consolidating");
        driver.get(app.url("notes/" + session));
        wait.until(d -> d.findElement(By.cssSelector("#notes-actions-text textarea")));
        String unsent = "Draft typed offline by the rapporteur, never sent.";
        String plant = "localStorage.setItem(arguments[0], JSON.stringify({text: arguments[1], base: -1}));";
        js(plant, "jesr-draft:rapporteur:jesr-notes-" + session + "-ACTIONS", unsent);

        js("document.getElementById('logout').click();");
        wait.until(d -> d.getCurrentUrl().contains("login"));
        assertThat(js("return Object.keys(localStorage).filter(k => k.startsWith('jesr-')).length;"))
                .isEqualTo(0L);

        // Left behind without a sign-out (the tab was closed): still never the organizer's, whether it was
        // kept under the rapporteur's name or under the bare key older versions used for everyone.
        js(plant, "jesr-draft:rapporteur:jesr-notes-" + session + "-ACTIONS", unsent);
        js(plant, "jesr-notes-" + session + "-ACTIONS", unsent);
        signIn("organizer", "organizer");
        driver.get(app.url("notes/" + session));
        WebElement area = wait.until(d -> d.findElement(By.cssSelector("#notes-actions-text textarea")));
        waitForVaadin();
        assertThat(area.getAttribute("value")).doesNotContain(unsent);
        assertThat(driver.findElement(By.id("notes-actions-state")).getAttribute("data-state"))
                .isNotEqualTo("saving");
    }
}
