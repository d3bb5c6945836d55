package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The field kit with no network (issue 22): taken offline while online, then the network is cut both
 * ways (DevTools offline, and the TCP proxy for open sockets), the kit is reloaded from its service
 * worker, two sites are recorded with a photo each, the browser is closed and opened again on the
 * same profile, and when the network returns (and the member signs in again) everything reaches the
 * server once. What counts is the stopped app's database and photo folder.
 */
class FieldKitBrowserIT extends BrowserTest {

    private static final String VISIT = "Field visit: schools in Thatta District";

    @Test
    void two_sites_recorded_offline_with_a_photo_each_survive_a_browser_restart_and_reach_the_server_once()
            throws Exception {
        Path profile = Files.createTempDirectory(Path.of("target"), "kit-profile-");
        Path photo = jpeg(Files.createTempFile(Path.of("target"), "classroom-", ".jpg"), 2400, 1800);
        try (RunningApp own = RunningApp.own("field-kit");
                ChaosProxy wifi = new ChaosProxy(own.port())) {
            tablet(profile);
            try {
                signInAt(wifi.url("login"), "organizer", "organizer");
                driver.get(wifi.url("kit/index.html"));
                WebElement offered = wait.until(d -> d.findElements(By.cssSelector("#kit-to-take .card")).stream()
                        .filter(card -> card.getText().contains(VISIT))
                        .findFirst()
                        .orElse(null));
                offered.findElement(By.tagName("button")).click();
                wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
                wait.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));

                cutTheNetwork(wifi);
                driver.navigate().refresh();
                openTheVisit();
                recordSite("Government Primary School Jhimpir", photo, true);
                recordSite("Community school Keti Bandar", photo, false);
                assertThat(waiting()).as("two sites and two photos wait").isEqualTo(4);
            } finally {
                driver.quit();
            }

            // The tablet is switched off and on again, still with no network.
            tablet(profile);
            try {
                offline(true);
                driver.get(wifi.url("kit/index.html"));
                openTheVisit();
                assertThat(driver.findElements(By.cssSelector(".kit-site-item[data-state='waiting']")))
                        .hasSize(2);
                assertThat(waiting()).isEqualTo(4);

                // The network returns; the sign-in did not survive the restart, so the kit asks for it.
                // Connections held while it was gone are dropped, as a real access point's are.
                wifi.resetAll();
                wifi.restore();
                offline(false);
                waitFor(driver, Duration.ofSeconds(60))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> !d.findElements(By.id("kit-sign-in")).isEmpty());
                assertThat(waiting()).as("nothing lost while signed out").isEqualTo(4);
                signInAt(wifi.url("login"), "organizer", "organizer");
                driver.get(wifi.url("kit/index.html"));
                waitFor(driver, Duration.ofSeconds(60))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> waiting() == 0);

                // On screen, the visit's report puts the site with a position on the map while online,
                // and keeps the plain list for when the network is gone.
                long session = ((Number) ((ChromeDriver) driver).executeAsyncScript("""
                                        const done = arguments[arguments.length - 1];
                                        indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result
                                            .transaction('visits').objectStore('visits').getAll()
                                            .onsuccess = r => done(r.target.result[0].sessionId);
                                        """)).longValue();
                driver.get(wifi.url("field-visit/" + session));
                wait.until(d -> "1".equals(d.findElement(By.id("visit-map")).getAttribute("data-markers")));
                assertThat(driver.findElement(By.id("visit-report-sites")).getText())
                        .contains("Government Primary School Jhimpir");
                offline(true);
                wait.until(d -> d.findElement(By.id("visit-map")).getAttribute("hidden") != null);
                assertThat(driver.findElement(By.id("visit-report-sites")).isDisplayed())
                        .isTrue();
                offline(false);
            } finally {
                driver.quit();
                driver = null;
            }
            own.stop();
            try (Connection db = own.database();
                    Statement query = db.createStatement()) {
                List<String> sites = new ArrayList<>();
                try (ResultSet rows = query.executeQuery(
                        "select name, answers, latitude from visit_site where device_id is not null order by name")) {
                    while (rows.next()) {
                        sites.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getObject(3));
                    }
                }
                assertThat(sites)
                        .containsExactly(
                                "Community school Keti Bandar {\"girls-toilets\":\"false\"} null",
                                "Government Primary School Jhimpir {\"girls-toilets\":\"true\"} 24.7471");
                List<String> stored = new ArrayList<>();
                try (ResultSet rows =
                        query.executeQuery("select stored_name from visit_photo where device_id is not null")) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
                assertThat(stored).as("each photo once").hasSize(2);
                for (String name : stored) {
                    BufferedImage image = ImageIO.read(own.dataDir()
                            .resolve("uploads/photos")
                            .resolve(name)
                            .toFile());
                    assertThat(Math.max(image.getWidth(), image.getHeight()))
                            .as("resized on the tablet")
                            .isEqualTo(1600);
                }
            }
        }
    }

    /** A browser of its own on a profile folder that outlives it, as a tablet keeps its storage. */
    private void tablet(Path profile) {
        driver = newBrowser("--user-data-dir=" + profile.toAbsolutePath(), "--window-size=768,1024");
        wait = waitFor(driver, PATIENCE);
        // The kit redraws a screen when a sync ends; an element read mid-redraw is read again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    private void cutTheNetwork(ChaosProxy wifi) {
        wifi.blackhole();
        offline(true);
    }

    private void offline(boolean offline) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void openTheVisit() {
        wait.until(d -> {
            WebElement visit = d.findElements(By.cssSelector("button.card[id^='kit-visit-']")).stream()
                    .filter(b -> b.getText().contains(VISIT))
                    .findFirst()
                    .orElse(null);
            if (visit != null) {
                visit.click();
            }
            return visit != null;
        });
        wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
    }

    private void recordSite(String name, Path photo, boolean girlsToilets) {
        int before = waiting();
        driver.findElement(By.id("kit-add-site")).click();
        wait.until(d -> !d.findElements(By.id("kit-site")).isEmpty());
        if (girlsToilets) {
            // The tablet's own GPS, as the browser reports it.
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Emulation.setGeolocationOverride",
                            Map.of("latitude", 24.7471, "longitude", 67.9243, "accuracy", 8));
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Browser.grantPermissions",
                            Map.of(
                                    "permissions",
                                    List.of("geolocation"),
                                    "origin",
                                    driver.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1")));
            driver.findElement(By.id("kit-gps")).click();
            wait.until(d -> d.findElement(By.id("kit-gps-state")).getText().contains("8"));
        }
        driver.findElement(By.id("kit-name")).sendKeys(name);
        driver.findElement(By.id("kit-district")).sendKeys("Thatta");
        new Select(driver.findElement(By.id("kit-answer-girls-toilets"))).selectByValue(String.valueOf(girlsToilets));
        driver.findElement(By.id("kit-photo-input"))
                .sendKeys(photo.toAbsolutePath().toString());
        wait.until(d -> d.findElements(By.cssSelector("#kit-photos .kit-photo")).size() == 1);
        wait.until(d -> waiting() == before + 2);
        driver.findElement(By.cssSelector("#kit-site button.link")).click();
        wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
    }

    private int waiting() {
        return Integer.parseInt(driver.findElement(By.id("kit-outbox-button")).getAttribute("data-waiting"));
    }

    private static Path jpeg(Path file, int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 170, 120));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 90, 160));
        g.fillRect(width / 5, height / 4, width / 2, height / 3);
        g.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
