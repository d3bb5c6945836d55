package org.jesr.desk.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19, finding 5: the server's heap while a 60 MB file is sent to a document upload past the
 * browser's check. The jar is target/jesr-desk.jar, or {@code -Djesr.benchmark.jar=…} to measure
 * another build (the one before the fix). The server's heap pools are read over JMX (the attach API's
 * local management agent): a full GC, peaks reset, the upload, then each pool's peak. Figures in
 * target/figures/upload-heap.txt; run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=UploadHeapBenchmark}.
 */
class UploadHeapBenchmark {

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static final Path JAR = Path.of(System.getProperty("jesr.benchmark.jar", BenchmarkServer.JAR.toString()));

    @Test
    @SuppressWarnings("BanJNDI") // JMX to the server this test started, at the address its own attach API gave.
    void the_heap_stays_flat_while_sixty_megabytes_are_refused() throws Exception {
        List<String> figures = new ArrayList<>();
        try (BenchmarkServer server = BenchmarkServer.start(
                        JAR,
                        "upload-heap",
                        false,
                        Files.createTempDirectory(Path.of("target"), "perf-upload-heap-"),
                        List.of(),
                        "--jesr.sample-data.load=true");
                JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(managementAgent(server.pid())))) {
            MBeanServerConnection connection = jmx.getMBeanServerConnection();
            WebDriver browser = ReviewDayBenchmark.chromium();
            try {
                URI target = openUploadDialog(browser, server.url());
                String cookies = browser.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
                for (boolean declared : List.of(true, false)) {
                    figures.add(measure(connection, target, cookies, declared));
                }
            } finally {
                browser.quit();
            }
        }
        Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(
                Path.of("target", "figures", "upload-heap.txt"),
                "60 MB sent to the document upload (limit 25 MB), "
                        + JAR + ", " + String.join(" ", BenchmarkServer.JVM_FLAGS) + ", " + LocalDate.now() + "\n"
                        + String.join("\n", figures) + "\n");
    }

    private static URI openUploadDialog(WebDriver browser, String base) {
        ReviewDayBenchmark.signIn(browser, base, "organizer");
        browser.get(base + "documents");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("upload-document"))).click();
        wait.until(d -> d.findElement(By.id("document-file")));
        String target = (String)
                ((JavascriptExecutor) browser).executeScript("return document.getElementById('document-file').target;");
        return URI.create(base).resolve(target);
    }

    private static String measure(MBeanServerConnection connection, URI target, String cookies, boolean declared)
            throws Exception {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (ObjectName name :
                connection.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
            MemoryPoolMXBean pool =
                    ManagementFactory.newPlatformMXBeanProxy(connection, name.toString(), MemoryPoolMXBean.class);
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        memory.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long oldBaseline = oldGen(pools).getUsage().getUsed();

        long[] taken = new long[1];
        InputStream body = new InputStream() {
            @Override
            public int read() {
                return taken[0]++ < SIXTY_MB ? (taken[0] == 1 ? '%' : 0) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = (int) Math.min(length, SIXTY_MB - taken[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                taken[0] += n;
                return n;
            }
        };
        HttpRequest.BodyPublisher publisher = declared
                ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), SIXTY_MB)
                : HttpRequest.BodyPublishers.ofInputStream(() -> body);
        long begin = System.nanoTime();
        String answer;
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            answer = "HTTP "
                    + http.send(
                                    HttpRequest.newBuilder(target)
                                            .timeout(Duration.ofSeconds(120))
                                            .header("Cookie", cookies)
                                            .header("X-Filename", "espr.pdf")
                                            .header("Content-Type", "application/pdf")
                                            .POST(publisher)
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
        } catch (IOException closed) {
            answer = "connection closed by the server (" + closed.getClass().getSimpleName() + ")";
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        Thread.sleep(1000);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long oldPeak = oldGen(pools).getPeakUsage().getUsed();
        assertThat(peak).isPositive();
        return String.format(
                "%-18s heap peak %4d MB above %d MB after full GC (old generation, where large arrays go: +%d MB);"
                        + " %2d MB sent in %d ms; %s",
                declared ? "size declared:" : "size undeclared:",
                (peak - baseline) >> 20,
                baseline >> 20,
                (oldPeak - oldBaseline) >> 20,
                taken[0] >> 20,
                millis,
                answer);
    }

    private static MemoryPoolMXBean oldGen(List<MemoryPoolMXBean> pools) {
        return pools.stream()
                .filter(p -> p.getName().contains("Old"))
                .findFirst()
                .orElseThrow();
    }

    private static String managementAgent(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            return vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
    }
}
