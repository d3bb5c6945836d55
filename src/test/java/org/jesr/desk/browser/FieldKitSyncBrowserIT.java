package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The field kit's sync when things go wrong (issue 22): the same outbox sent twice, an upload cut off
 * halfway, and a site an organizer changed on screen while the kit was offline. What the server kept
 * is read back through the kit's own API.
 */
class FieldKitSyncBrowserIT extends BrowserTest {

    private static final String VISIT = "Field visit: schools in Thatta District";

    @Test
    void the_same_outbox_sent_twice_and_a_photo_cut_off_halfway_are_stored_once_and_whole() throws Exception {
        Path photo = noisyJpeg();
        try (ChaosProxy wifi = new ChaosProxy(app.port())) {
            takeTheVisitOffline(wifi);
            click(By.id("kit-add-site"));
            type("kit-name", "School of the resent outbox");
            type("kit-district", "Thatta");
            driver.findElement(By.id("kit-photo-input"))
                    .sendKeys(photo.toAbsolutePath().toString());
            wait.until(d -> waiting() == 2);

            // A slow link: the photo goes in several parts, and the access point drops in the middle.
            network(false, 64 * 1024);
            click(By.id("kit-outbox-button"));
            click(By.id("kit-sync"));
            slowly(60).until(d -> photoState().get("sentBytes") > 0);
            wifi.blackhole();
            wifi.resetAll();
            slowly(60).until(d -> d.findElement(By.id("kit-status")).getText().startsWith("No network"));
            Map<String, Long> cut = photoState();
            assertThat(cut.get("sent")).isZero();
            assertThat(cut.get("sentBytes")).isGreaterThan(0).isLessThan(cut.get("size"));

            wifi.restore();
            network(false, -1);
            click(By.id("kit-sync"));
            slowly(60).until(d -> waiting() == 0);

            // The answers were lost, as far as the kit knows: it sends everything again.
            js("""
                    const done = arguments[arguments.length - 1];
                    indexedDB.open('jesr-field-kit').onsuccess = e => {
                      const tx = e.target.result.transaction(['sites', 'photos'], 'readwrite');
                      tx.objectStore('sites').getAll().onsuccess = r => r.target.result
                          .filter(s => s.draft.name === 'School of the resent outbox')
                          .forEach(s => { s.sentRev = s.rev - 1; tx.objectStore('sites').put(s); });
                      tx.objectStore('photos').getAll().onsuccess = r => r.target.result
                          .forEach(p => { p.sent = false; p.sentBytes = 0; tx.objectStore('photos').put(p); });
                      tx.oncomplete = () => done(true);
                    };
                    """);
            driver.navigate().refresh();
            slowly(60).until(d -> waiting() == 0);

            Map<String, Object> onServer = siteOnServer("School of the resent outbox");
            assertThat(onServer.get("count")).as("sites of that name").isEqualTo(1L);
            assertThat(onServer.get("photos")).as("photos of that site").isEqualTo(1L);
        }
    }

    @Test
    void a_site_an_organizer_changed_while_the_kit_was_offline_is_merged_not_overwritten() throws Exception {
        try (ChaosProxy wifi = new ChaosProxy(app.port())) {
            takeTheVisitOffline(wifi);
            long session = ((Number) js("""
                    const done = arguments[arguments.length - 1];
                    indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('visits')
                        .objectStore('visits').getAll().onsuccess = r => done(r.target.result[0].sessionId);
                    """)).longValue();
            wifi.blackhole();
            network(true, -1);
            wait.until(d -> {
                WebElement makli = d.findElements(By.cssSelector(".kit-site-item")).stream()
                        .filter(b -> b.getText().contains("Makli"))
                        .findFirst()
                        .orElse(null);
                if (makli != null) {
                    makli.click();
                }
                return makli != null;
            });
            WebElement present = wait.until(d -> d.findElement(By.id("kit-pupilsPresent")));
            present.clear();
            present.sendKeys("150");
            type("kit-notes", " Kit: the roof over grade 3 is repaired.");
            wait.until(d -> waiting() == 1);

            // Meanwhile, at the venue, an organizer corrects the same site on screen.
            WebDriver organizer = anotherBrowser();
            try {
                WebDriver kit = driver;
                driver = organizer;
                wait = waitFor(organizer, PATIENCE);
                signIn("organizer", "organizer");
                driver.get(app.url("field-visit/" + session));
                wait.until(d -> !d.findElements(By.tagName("vaadin-details")).isEmpty());
                WebElement panel = driver.findElements(By.tagName("vaadin-details")).stream()
                        .filter(p -> p.getText().contains("Makli"))
                        .findFirst()
                        .orElseThrow();
                js("arguments[0].opened = true; arguments[0].scrollIntoView()", panel);
                WebElement notes = wait.until(d -> panel.findElement(By.cssSelector("vaadin-text-area textarea")));
                notes.sendKeys(" Organizer: the repair list reached SELD.");
                panel.findElement(By.xpath(".//vaadin-button[normalize-space()='Save']"))
                        .click();
                wait.until(d ->
                        !d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
                driver = kit;
                wait = waitFor(kit, PATIENCE);
                wait.ignoring(StaleElementReferenceException.class);
            } finally {
                putAway(organizer);
            }

            wifi.restore();
            network(false, -1);
            click(By.cssSelector("#kit-site button.link"));
            slowly(40)
                    .until(d -> !d.findElements(By.cssSelector(".kit-site-item[data-state='conflict']"))
                            .isEmpty());
            click(By.cssSelector(".kit-site-item[data-state='conflict']"));
            WebElement notesRow = wait.until(d -> d.findElement(By.cssSelector("#kit-merge tr[data-field='notes']")));
            assertThat(notesRow.getText()).contains("Kit: the roof").contains("Organizer: the repair list");
            assertThat(driver.findElements(By.cssSelector("#kit-merge tr[data-field='pupilsPresent']")))
                    .hasSize(1);
            // The member keeps the server's notes and their own count.
            notesRow.findElement(By.cssSelector(".kit-keep-theirs")).click();
            click(By.id("kit-merge-send"));
            slowly(40).until(d -> waiting() == 0);

            Map<String, Object> onServer = siteOnServer("Government Girls Primary School Makli");
            assertThat((String) onServer.get("notes"))
                    .contains("Organizer: the repair list")
                    .doesNotContain("Kit:");
            assertThat(onServer.get("pupilsPresent")).isEqualTo(150L);
        }
    }

    private void takeTheVisitOffline(ChaosProxy wifi) {
        wait.ignoring(StaleElementReferenceException.class);
        signInAt(wifi.url("login"), "organizer", "organizer");
        driver.get(wifi.url("kit/index.html"));
        WebElement offered = wait.until(d -> d.findElements(By.cssSelector("#kit-to-take .card")).stream()
                .filter(card -> card.getText().contains(VISIT))
                .findFirst()
                .orElse(null));
        offered.findElement(By.tagName("button")).click();
        wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
    }

    /** The browser's own network switch and upload speed (bytes a second; -1 for no limit). */
    private void network(boolean offline, int uploadBytesPerSecond) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline",
                        offline,
                        "latency",
                        uploadBytesPerSecond > 0 ? 200 : 0,
                        "downloadThroughput",
                        -1,
                        "uploadThroughput",
                        uploadBytesPerSecond));
    }

    /** A longer wait, for syncs; the kit redraws its screen when one ends. */
    private org.openqa.selenium.support.ui.WebDriverWait slowly(int seconds) {
        var slow = waitFor(driver, Duration.ofSeconds(seconds));
        slow.ignoring(StaleElementReferenceException.class);
        return slow;
    }

    private void type(String id, String text) {
        wait.until(d -> d.findElement(By.id(id))).sendKeys(text);
    }

    private int waiting() {
        return Integer.parseInt(driver.findElement(By.id("kit-outbox-button")).getAttribute("data-waiting"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> photoState() {
        return (Map<String, Long>) js("""
                const done = arguments[arguments.length - 1];
                indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('photos')
                    .objectStore('photos').getAll().onsuccess = r => {
                      const p = r.target.result[0];
                      done({ sent: p.sent ? 1 : 0, sentBytes: p.sentBytes || 0, size: p.size });
                    };
                """);
    }

    /** What the server holds for the visit's site of this name, through the kit's API. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> siteOnServer(String name) {
        return (Map<String, Object>) js("""
                const done = arguments[arguments.length - 1];
                indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('visits')
                    .objectStore('visits').getAll().onsuccess = async r => {
                      const visit = await (await fetch('/api/v1/field-visits/' + r.target.result[0].visitId)).json();
                      const sites = visit.sites.filter(s => s.site.name === arguments[0]);
                      done({ count: sites.length, photos: sites.length ? sites[0].photos.length : -1,
                             notes: sites.length ? sites[0].site.notes : null,
                             pupilsPresent: sites.length ? sites[0].site.pupilsPresent : null });
                    };
                """, name);
    }

    @Override
    protected Object js(String script, Object... args) {
        return script.contains("arguments[arguments.length - 1]")
                ? ((ChromeDriver) driver).executeAsyncScript(script, args)
                : super.js(script, args);
    }

    /** A photo that stays large once resized (noise compresses badly), so it travels in several parts. */
    private static Path noisyJpeg() throws java.io.IOException {
        BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(22);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        Path file = Files.createTempFile(Path.of("target"), "noise-", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
