package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people edit the same text in two browsers. The second save is not allowed to replace
 * the first: the conflict is shown with both texts, and the merge keeps both.
 */
class ConcurrentEditBrowserIT extends BrowserTest {

    @Test
    void two_browsers_typing_in_the_same_notes_field_get_a_merge_and_both_texts_are_kept() {
        signIn("rapporteur", "rapporteur");
        String notesUrl = app.url(
                "notes/" + sessionFromMyAgenda(app.url(""), "Working group: Quality & Learning: consolidating"));
        navigateTo(notesUrl);
        WebElement mine = wait.until(d -> d.findElement(By.cssSelector("#notes-findings-text textarea")));

        WebDriver second = anotherBrowser();
        try {
            Browser other = new Browser(second);
            other.signIn("organizer");
            second.get(notesUrl);
            WebElement theirs = other.wait.until(d -> d.findElement(By.cssSelector("#notes-findings-text textarea")));

            String alice = "Rapporteur: learning outcomes improved in 2 of 5 districts.";
            mine.sendKeys(alice);
            js("arguments[0].blur();", mine);
            wait.until(d ->
                    "saved".equals(d.findElement(By.id("notes-findings-state")).getAttribute("data-state")));

            String bob = "Organizer: the assessment cell lacks staff.";
            theirs.sendKeys(bob);
            ((org.openqa.selenium.JavascriptExecutor) second).executeScript("arguments[0].blur();", theirs);
            other.wait.until(d -> "conflict"
                    .equals(d.findElement(By.id("notes-findings-state")).getAttribute("data-state")));
            assertThat(other.value("#merge-mine textarea")).isEqualTo(bob);
            assertThat(other.value("#merge-theirs textarea")).isEqualTo(alice);
            other.click("merge-save");
            other.wait.until(d ->
                    "saved".equals(d.findElement(By.id("notes-findings-state")).getAttribute("data-state")));
        } finally {
            putAway(second);
        }
        driver.navigate().refresh();
        wait.until(d -> {
            String value = d.findElement(By.cssSelector("#notes-findings-text textarea"))
                    .getAttribute("value");
            return value.contains("Rapporteur: learning outcomes") && value.contains("Organizer: the assessment cell");
        });
    }

    @Test
    void two_organizers_saving_the_same_aide_memoire_section_get_a_merge_and_both_texts_are_kept() {
        signIn("organizer", "organizer");
        navigateTo(app.url("aide-memoire"));
        click(By.id("section-process-edit"));
        WebElement mine = wait.until(d -> d.findElement(By.cssSelector("#section-text textarea")));

        WebDriver second = anotherBrowser();
        try {
            Browser other = new Browser(second);
            other.signIn("admin");
            second.get(app.url("aide-memoire"));
            other.click("section-process-edit");
            WebElement theirs = other.wait.until(d -> d.findElement(By.cssSelector("#section-text textarea")));

            mine.clear();
            mine.sendKeys("The organizer's account of the process.");
            click(By.id("section-save"));
            wait.until(d -> d.findElements(By.id("section-edit-dialog")).isEmpty());

            theirs.clear();
            theirs.sendKeys("The admin's account of the field visits.");
            other.click("section-save");
            other.wait.until(d -> !d.findElements(By.id("merge-dialog")).isEmpty());
            assertThat(other.value("#merge-theirs textarea")).isEqualTo("The organizer's account of the process.");
            assertThat(other.value("#merge-mine textarea")).isEqualTo("The admin's account of the field visits.");
            other.click("merge-save");
            other.wait.until(d -> d.findElements(By.id("section-edit-dialog")).isEmpty());
        } finally {
            putAway(second);
        }
        driver.navigate().refresh();
        wait.until(d -> {
            String text = d.findElement(By.id("section-process")).getText();
            return text.contains("The organizer's account of the process.")
                    && text.contains("The admin's account of the field visits.");
        });
    }

    /** The second person's browser, with its own waits. */
    private static final class Browser {
        final WebDriver driver;
        final WebDriverWait wait;

        Browser(WebDriver driver) {
            this.driver = driver;
            this.wait = waitFor(driver, PATIENCE);
        }

        void signIn(String user) {
            driver.get(app.url("login"));
            wait.until(d -> d.findElement(By.cssSelector("#login-form input[name='username']")))
                    .sendKeys(user);
            driver.findElement(By.cssSelector("#login-form input[name='password']"))
                    .sendKeys(user);
            driver.findElement(By.cssSelector("#login-form vaadin-button")).click();
            wait.until(d -> d.findElement(By.id("main-nav")));
        }

        void click(String id) {
            WebElement element = wait.until(d -> d.findElement(By.id(id)));
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(d -> element.isDisplayed() && element.isEnabled());
            element.click();
        }

        String value(String css) {
            return wait.until(d -> d.findElement(By.cssSelector(css))).getAttribute("value");
        }
    }
}
