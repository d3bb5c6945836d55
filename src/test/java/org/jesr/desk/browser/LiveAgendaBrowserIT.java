package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two people on the review day: an organizer changes the programme, an observer's screen follows. */
class LiveAgendaBrowserIT extends BrowserTest {

    @Test
    void a_delay_marked_by_the_organizer_appears_on_the_observers_agenda_within_two_seconds_without_reload()
            throws IOException {
        WebDriver observer = anotherBrowser();
        try {
            signIn(observer, "observer", "observer");
            observer.get(app.url("agenda"));
            WebDriverWait observerWait = waitFor(observer, PATIENCE);
            WebElement opening =
                    observerWait.until(d -> d.findElements(By.cssSelector("#agenda-list .session-card")).stream()
                            .filter(card -> card.getText().contains("Opening plenary"))
                            .findFirst()
                            .orElse(null));
            String cardId = opening.getAttribute("id");
            ((JavascriptExecutor) observer).executeScript("window.__sameDocument = 'yes';");

            signIn("organizer", "organizer");
            navigateTo(app.url("today"));
            waitForVaadin();
            String sessionId = cardId.replace("session-", "");
            // Delay is not the session's primary action: it waits under "More".
            click(By.id("more-" + sessionId));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("delay-" + sessionId)))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#delay-minutes input")));
            WebElement apply = wait.until(ExpectedConditions.elementToBeClickable(By.id("delay-apply")));
            long clicked = System.nanoTime();
            apply.click();

            new WebDriverWait(observer, Duration.ofSeconds(2), Duration.ofMillis(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id(cardId)).getText().contains("Retardée de 15 min"));
            long millis = (System.nanoTime() - clicked) / 1_000_000;

            assertThat(((JavascriptExecutor) observer).executeScript("return window.__sameDocument;"))
                    .isEqualTo("yes");
            record("agenda change to a second page: " + millis + " ms (organizer's click to the observer's screen)");

            driver.findElement(By.cssSelector("#announcement-message input"))
                    .sendKeys("Bus to the field visits leaves at 07:15");
            driver.findElement(By.id("announce")).click();
            waitFor(observer, Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("announcements"))
                            .getText()
                            .contains("Bus to the field visits leaves at 07:15"));
            assertThat(observer.findElement(By.id("live-state")).getAttribute("data-state"))
                    .isEqualTo("connected");
        } finally {
            putAway(observer);
        }
    }

    @Test
    void a_display_link_shows_now_and_next_without_sign_in_until_it_is_revoked() {
        signIn("organizer", "organizer");
        navigateTo(app.url("today"));
        click(By.id("today-tabs-tab-1"));
        click(By.id("create-display"));
        WebElement link = wait.until(d -> d.findElements(By.cssSelector("#display-links a")).stream()
                .findFirst()
                .orElse(null));
        String href = link.getAttribute("href");

        WebDriver screen = anotherBrowser();
        try {
            screen.get(href);
            WebDriverWait screenWait = waitFor(screen, PATIENCE);
            screenWait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            screenWait.until(d -> d.findElement(By.id("now-next")).getText().contains("Marquee Hall"));
            assertThat(screen.findElements(By.id("main-nav"))).isEmpty();
            assertThat(screen.getPageSource()).doesNotContain("Side meeting");

            click(By.cssSelector("#display-links vaadin-button"));
            assertThat(screen.findElement(By.id("display")).getText()).doesNotContain("not valid any more");
            confirm();
            screenWait.until(d -> d.findElement(By.id("display")).getText().contains("not valid any more"));
        } finally {
            putAway(screen);
        }
    }

    @Test
    void the_public_calendar_feed_is_served_without_sign_in_and_parses() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("ical/review.ics")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents(Component.VEVENT)).hasSizeGreaterThan(20);
        HttpResponse<String> unknown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("ical/personal/not-a-token.ics")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private void signIn(WebDriver browser, String username, String password) {
        WebDriver own = driver;
        WebDriverWait ownWait = wait;
        driver = browser;
        wait = waitFor(browser, PATIENCE);
        try {
            signIn(username, password);
        } finally {
            driver = own;
            wait = ownWait;
        }
    }

    private static void record(String line) throws IOException {
        Path figures = Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(figures.resolve("live-agenda.txt"), line + "\n");
    }
}
