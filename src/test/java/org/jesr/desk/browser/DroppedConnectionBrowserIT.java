package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Venue Wi-Fi drops while a rapporteur types. A TCP proxy between Chromium and the app stalls
 * every byte (open WebSockets included) for 30 s and then for 120 s; typing goes on throughout.
 * What counts is the database: the app is stopped and its file read directly.
 * The {@code reliability} Maven profile runs these scenarios 20 times each.
 *
 * <p>The two scenarios run side by side, each with its own app, proxy and browser: the outages are
 * 150 s of waiting, and the restart scenario fills part of it instead of queueing behind it (decision 0023).
 */
@Execution(ExecutionMode.CONCURRENT)
class DroppedConnectionBrowserIT extends BrowserTest {

    @Override
    protected boolean usesTheClassBrowser() {
        return false;
    }

    static final String SESSION = "Working group: Quality & Learning: consolidating";
    private static final String FIELD = "#notes-bottlenecks-text textarea";

    @TestFactory
    Stream<DynamicTest> every_character_typed_through_a_30_s_and_a_120_s_outage_is_stored() {
        return Repetitions.of(
                "typing through a 30 s and a 120 s outage", () -> inABrowserOfItsOwn(this::typingThroughOutages));
    }

    @TestFactory
    Stream<DynamicTest> a_draft_typed_while_cut_off_from_a_restarting_app_is_offered_back_and_saved_after_a_reload() {
        return Repetitions.of("app restarted while cut off", () -> inABrowserOfItsOwn(this::restartWhileCutOff));
    }

    private void typingThroughOutages() throws Exception {
        try (RunningApp own = RunningApp.own("dropped-wifi");
                ChaosProxy wifi = new ChaosProxy(own.port())) {
            signInAt(wifi.url("login"), "rapporteur", "rapporteur");
            long session = sessionFromMyAgenda(wifi.url(""), SESSION);
            driver.get(wifi.url("notes/" + session));
            WebElement area = wait.until(d -> d.findElement(By.cssSelector(FIELD)));
            StringBuilder typed = new StringBuilder();
            type(area, typed, "Before the outage: textbooks arrived late. ");
            awaitSaved(typed, PATIENCE);

            wifi.blackhole();
            typeFor(area, typed, Duration.ofSeconds(30), "short-");
            wifi.restore();
            type(area, typed, "Back online. ");

            wifi.blackhole();
            typeFor(area, typed, Duration.ofSeconds(120), "long-");
            // The access point comes back, but the old connections are gone for good.
            wifi.resetAll();
            wifi.restore();
            type(area, typed, "The end.");

            awaitSaved(typed, Duration.ofSeconds(90));
            own.stop();
            assertThat(NotesDatabase.field(own, session, "bottlenecks")).isEqualTo(typed.toString());
        }
    }

    private void restartWhileCutOff() throws Exception {
        try (RunningApp own = RunningApp.own("restart-while-cut-off");
                ChaosProxy wifi = new ChaosProxy(own.port())) {
            signInAt(wifi.url("login"), "rapporteur", "rapporteur");
            long session = sessionFromMyAgenda(wifi.url(""), SESSION);
            String notesUrl = wifi.url("notes/" + session);
            driver.get(notesUrl);
            WebElement area = wait.until(d -> d.findElement(By.cssSelector(FIELD)));
            StringBuilder typed = new StringBuilder();
            type(area, typed, "Saved before the cut. ");
            awaitSaved(typed, PATIENCE);

            wifi.blackhole();
            type(area, typed, "Typed while cut off, during the restart.");
            Thread.sleep(1000);
            own.kill();
            own.start();
            wifi.resetAll();
            wifi.restore();

            // The server forgot the session; sign in again and come back to the notes.
            signInAt(wifi.url("login"), "rapporteur", "rapporteur");
            driver.get(notesUrl);
            awaitSaved(typed, Duration.ofSeconds(30));
            own.stop();
            assertThat(NotesDatabase.field(own, session, "bottlenecks")).isEqualTo(typed.toString());
        }
    }

    private void typeFor(WebElement area, StringBuilder typed, Duration duration, String prefix)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        for (int word = 1; System.nanoTime() < end; word++) {
            type(area, typed, prefix + word + " ");
            Thread.sleep(1500);
        }
    }

    private static void type(WebElement area, StringBuilder typed, String words) {
        area.sendKeys(words);
        typed.append(words);
    }

    private void awaitSaved(CharSequence typed, Duration within) {
        String expected = typed.toString();
        waitFor(driver, within)
                .until(d -> expected.equals(d.findElement(By.cssSelector(FIELD)).getAttribute("value"))
                        && "saved"
                                .equals(d.findElement(By.id("notes-bottlenecks-state"))
                                        .getAttribute("data-state")));
    }
}
