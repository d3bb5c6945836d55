package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 19, finding 5: a 60 MB file sent straight to a document upload's address, past the browser's
 * size check, as a script would. The server must answer without reading it all: it refuses a declared
 * size at once, and stops at the limit when the size is not declared (chunked). Before the fix it read
 * all 60 MB into memory and only then said "larger than 25 MB".
 */
class UploadLimitBrowserIT extends BrowserTest {

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    /** The document limit (25 MB), what Tomcat swallows after an early answer (2 MB), and socket buffers. */
    private static final long MOST_THE_SERVER_MAY_TAKE = 36L * 1024 * 1024;

    @Test
    void sixty_megabytes_sent_past_the_browser_are_refused_without_being_read_and_nothing_is_stored() throws Exception {
        signIn("organizer", "organizer");
        navigateTo(app.url("documents"));
        waitForVaadin();
        int documentsBefore = documentRows();
        click(By.id("upload-document"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-file")));
        URI target =
                URI.create(app.url("")).resolve((String) js("return document.getElementById('document-file').target;"));

        long declared = send(target, true);
        assertThat(declared)
                .as("bytes the server took of a 60 MB upload that declared its size")
                .isLessThan(MOST_THE_SERVER_MAY_TAKE);
        long chunked = send(target, false);
        assertThat(chunked)
                .as("bytes the server took of a 60 MB upload of undeclared size")
                .isLessThan(MOST_THE_SERVER_MAY_TAKE);

        wait.until(d -> textNow("warning-notification").contains("25 MB")
                || !d.findElements(By.cssSelector("vaadin-notification-card[theme~='warning']"))
                        .isEmpty());
        driver.get(app.url("documents"));
        waitForVaadin();
        assertThat(documentRows()).as("documents after the refused uploads").isEqualTo(documentsBefore);
    }

    /** Posts 60 MB as the upload component would (raw body, X-Filename); answers how many bytes left this side. */
    private long send(URI target, boolean declareSize) throws InterruptedException {
        AtomicLong taken = new AtomicLong();
        InputStream sixty = new GeneratedPdf(SIXTY_MB, taken);
        HttpRequest.BodyPublisher body = declareSize
                ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> sixty), SIXTY_MB)
                : HttpRequest.BodyPublishers.ofInputStream(() -> sixty);
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies)
                .header("X-Filename", "espr.pdf")
                .header("Content-Type", "application/pdf")
                .POST(body)
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("answer to the oversized upload")
                    .isNotEqualTo(200);
        } catch (IOException closedMidway) {
            // The server answered and closed the connection before the client finished sending: that is the point.
        }
        return taken.get();
    }

    private int documentRows() {
        return ((Number) js("return document.getElementById('document-grid').size || 0;")).intValue();
    }

    /** A PDF header and then zeros, generated as read, counting what the HTTP client took. */
    private static final class GeneratedPdf extends InputStream {
        private static final byte[] HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private final AtomicLong position;

        GeneratedPdf(long size, AtomicLong position) {
            this.size = size;
            this.position = position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long at = position.get();
            if (at >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - at);
            for (int i = 0; i < n; i++) {
                long index = at + i;
                buffer[offset + i] = index < HEADER.length ? HEADER[(int) index] : 0;
            }
            position.addAndGet(n);
            return n;
        }
    }
}
