package org.jesr.desk.perf;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 22: the field kit's first load, transferred, and a sync of 20 sites with 40 photos of 3 MB
 * each, recorded with no network, then sent by the kit itself when a DevTools "slow 3G" network
 * (400 ms, 400 kbit/s each way) returns, cut off for 30 s halfway.
 * Figures in target/figures/field-kit.txt; run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=FieldKitBenchmark}.
 */
class FieldKitBenchmark {

    private static final int SITES = 20;
    private static final int SLOW_3G_BYTES_PER_SECOND = 400_000 / 8;
    private static final String VISIT = "Field visit: schools in Thatta District";

    @Test
    void the_kit_loads_small_and_syncs_a_day_of_photos_over_slow_3g() throws Exception {
        List<String> figures = new ArrayList<>();
        Path photo = cameraSizedJpeg();
        figures.add("photo as taken: 4000 × 3000 px, " + Files.size(photo) + " bytes");
        try (BenchmarkServer server =
                BenchmarkServer.start("field-kit", false, List.of(), "--jesr.sample-data.load=true")) {
            ChromeDriver browser = (ChromeDriver) ReviewDayBenchmark.chromium();
            try {
                ReviewDayBenchmark.signIn(browser, server.url(), "organizer");
                browser.get(server.url() + "kit/index.html");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
                wait.ignoring(StaleElementReferenceException.class);
                wait.until(d ->
                        !d.findElements(By.cssSelector("#kit-to-take .card")).isEmpty());
                @SuppressWarnings("unchecked")
                Map<String, Object> load = (Map<String, Object>) js(browser, """
                        const nav = performance.getEntriesByType('navigation')[0];
                        const res = performance.getEntriesByType('resource');
                        const kit = res.filter(r => new URL(r.name).pathname.startsWith('/kit/')
                            || new URL(r.name).pathname.startsWith('/icons/'));
                        const api = res.filter(r => new URL(r.name).pathname.startsWith('/api/'));
                        const sum = list => list.reduce((s, r) => s + r.transferSize, 0);
                        return { page: nav.transferSize, kit: sum(kit), api: sum(api), files: kit.length + 1,
                                 all: nav.transferSize + sum(res) };
                        """);
                figures.add("first load, transferred: " + load.get("all") + " bytes (kit page "
                        + load.get("page") + ", its " + load.get("files") + " files " + load.get("kit")
                        + ", the API's list of visits " + load.get("api") + "); target ≤ 500 KB");

                long took = System.nanoTime();
                browser.findElements(By.cssSelector("#kit-to-take .card")).stream()
                        .filter(c -> c.getText().contains(VISIT))
                        .findFirst()
                        .orElseThrow()
                        .findElement(By.tagName("button"))
                        .click();
                wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
                figures.add("take the visit offline (download, store): " + millis(took) + " ms");

                // Recorded at the school, with no network: nothing leaves the tablet until it returns.
                slow3g(browser, true);
                long recording = System.nanoTime();
                for (int i = 1; i <= SITES; i++) {
                    click(wait, By.id("kit-add-site"));
                    wait.until(d -> d.findElement(By.id("kit-name"))).sendKeys("School " + i);
                    browser.findElement(By.id("kit-district")).sendKeys("Thatta");
                    browser.findElement(By.id("kit-photo-input"))
                            .sendKeys(photo.toAbsolutePath() + "\n" + photo.toAbsolutePath());
                    wait.until(d -> d.findElements(By.cssSelector("#kit-photos .kit-photo"))
                                    .size()
                            == 2);
                    click(wait, By.cssSelector("#kit-site button.link"));
                    wait.until(d -> !d.findElements(By.id("kit-visit")).isEmpty());
                }
                figures.add(SITES + " sites with 2 photos each recorded (each photo resized on the tablet): "
                        + millis(recording) + " ms");
                figures.add("photos as kept on the tablet: " + js(browser, """
                        const done = arguments[arguments.length - 1];
                        indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('photos')
                          .objectStore('photos').getAll().onsuccess = r => {
                            const sizes = r.target.result.map(p => p.size);
                            done(sizes.length + ' photos, ' + sizes.reduce((a, b) => a + b, 0) + ' bytes in all, '
                              + Math.min(...sizes) + ' to ' + Math.max(...sizes) + ' each');
                          };
                        """));

                // Back in range of a slow 3G mast: the kit starts sending by itself.
                long syncing = System.nanoTime();
                slow3g(browser, false);
                WebDriverWait patient = new WebDriverWait(browser, Duration.ofMinutes(30), Duration.ofSeconds(1));
                patient.ignoring(StaleElementReferenceException.class);
                patient.until(d -> sent(browser) >= 2 * SITES / 2);
                long cutAt = System.nanoTime();
                String inFlight = String.valueOf(js(browser, """
                        const done = arguments[arguments.length - 1];
                        indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('photos')
                          .objectStore('photos').getAll().onsuccess = r => {
                            const p = r.target.result.find(x => !x.sent && x.sentBytes > 0);
                            done(p ? p.sentBytes + ' of ' + p.size + ' bytes' : 'none between parts');
                          };
                        """));
                slow3g(browser, true);
                Thread.sleep(30_000);
                slow3g(browser, false);
                patient.until(d -> waiting(d) == 0);
                long total = millis(syncing);
                figures.add("sync of " + SITES + " sites and " + 2 * SITES
                        + " photos over slow 3G, cut off for 30 s after "
                        + SITES + " photos (photo in flight at the cut: " + inFlight + " acknowledged): " + total
                        + " ms in all, " + (total - 30_000) + " ms of it with a network; the cut came at "
                        + (cutAt - syncing) / 1_000_000 + " ms");
            } finally {
                browser.quit();
            }
        }
        Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(
                Path.of("target", "figures", "field-kit.txt"),
                "Field kit, " + BenchmarkServer.JAR + ", " + LocalDate.now() + "\n" + String.join("\n", figures)
                        + "\n");
    }

    /** Clicks once the element is there; the kit redraws its header when a background sync ends. */
    private static void click(WebDriverWait wait, By by) {
        wait.until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static void slow3g(ChromeDriver browser, boolean offline) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline", offline,
                        "latency", 400,
                        "downloadThroughput", SLOW_3G_BYTES_PER_SECOND,
                        "uploadThroughput", SLOW_3G_BYTES_PER_SECOND));
    }

    private static long sent(ChromeDriver browser) {
        return ((Number) js(browser, """
                        const done = arguments[arguments.length - 1];
                        indexedDB.open('jesr-field-kit').onsuccess = e => e.target.result.transaction('photos')
                          .objectStore('photos').getAll().onsuccess = r => done(r.target.result.filter(p => p.sent).length);
                        """)).longValue();
    }

    private static int waiting(WebDriver browser) {
        return Integer.parseInt(browser.findElement(By.id("kit-outbox-button")).getAttribute("data-waiting"));
    }

    private static Object js(WebDriver browser, String script) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        return script.contains("arguments[arguments.length - 1]")
                ? js.executeAsyncScript(script)
                : js.executeScript(script);
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** A 12-megapixel photo of about 3 MB: smooth areas with a camera's fine grain. */
    private static Path cameraSizedJpeg() throws java.io.IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(22);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int base = (x / 8 + y / 6) % 200;
                int r = Math.clamp(base + 40 + grain.nextInt(26), 0, 255);
                int g = Math.clamp(base + 20 + grain.nextInt(26), 0, 255);
                int b = Math.clamp(180 - base / 2 + grain.nextInt(26), 0, 255);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        Path file = Files.createTempFile(Path.of("target"), "camera-", ".jpg");
        // Quality 0.9, as a tablet's camera writes: about 3 MB for 12 megapixels.
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
