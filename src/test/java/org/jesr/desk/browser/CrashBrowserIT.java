package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/** The server dies (kill -9) right after acknowledging a save: every acknowledged write is still there. */
@ResourceLock(SideBySideBrowserIT.SLOT)
class CrashBrowserIT extends BrowserTest {

    @TestFactory
    Stream<DynamicTest> notes_acknowledged_just_before_a_kill_9_are_there_after_the_restart() {
        return Repetitions.of("kill -9 after an acknowledged save", () -> inAFreshBrowser(this::killAfterSave));
    }

    private void killAfterSave() {
        try (RunningApp own = RunningApp.own("crash")) {
            signInAt("http://localhost:" + own.port() + "/login", "rapporteur", "rapporteur");
            long session =
                    sessionFromMyAgenda("http://localhost:" + own.port() + "/", DroppedConnectionBrowserIT.SESSION);
            navigateTo("http://localhost:" + own.port() + "/notes/" + session);
            Map<String, String> acknowledged = new LinkedHashMap<>();
            acknowledged.put("summary", "Quality group met with 34 people.");
            acknowledged.put("findings", "Learning outcomes in grade 3 reading improved in 2 of 5 districts.");
            acknowledged.put("bottlenecks", "Teacher training budget released in the last quarter.");
            for (Map.Entry<String, String> field : acknowledged.entrySet()) {
                String id = "notes-" + field.getKey();
                wait.until(d -> d.findElement(By.cssSelector("#" + id + "-text textarea")))
                        .sendKeys(field.getValue());
                // Leaving the field saves at once; the state turns to "saved" only when the server has answered.
                js("arguments[0].blur();", driver.findElement(By.cssSelector("#" + id + "-text textarea")));
                waitFor(driver, PATIENCE)
                        .until(d -> "saved"
                                        .equals(d.findElement(By.id(id + "-state"))
                                                .getAttribute("data-state"))
                                && field.getValue()
                                        .equals(d.findElement(By.cssSelector("#" + id + "-text textarea"))
                                                .getAttribute("value")));
            }

            own.kill();

            acknowledged.forEach((column, text) -> assertThat(NotesDatabase.field(own, session, column))
                    .as(column)
                    .isEqualTo(text));
            own.start();
            signInAt("http://localhost:" + own.port() + "/login", "rapporteur", "rapporteur");
            navigateTo("http://localhost:" + own.port() + "/notes/" + session);
            acknowledged.forEach((column, text) ->
                    wait.until(d -> text.equals(d.findElement(By.cssSelector("#notes-" + column + "-text textarea"))
                            .getAttribute("value"))));
        }
    }
}
