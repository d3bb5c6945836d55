package org.jesr.desk.browser;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The packaged application (target/jesr-desk.jar, production frontend) started once per
 * test run as its own process, on a free port, with a fresh data folder and the sample review.
 */
final class RunningApp {

    private static RunningApp shared;

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Duration startup;

    private RunningApp(Process process, int port, Path dataDir, Duration startup) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.startup = startup;
    }

    static synchronized RunningApp shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.process::destroy));
        }
        return shared;
    }

    private static RunningApp start() {
        try {
            Path jar = Path.of("target", "jesr-desk.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("Run the browser tests with 'verify': " + jar + " is built by 'package'");
            }
            int port = freePort();
            Path dataDir = Files.createTempDirectory(Path.of("target"), "browser-data-");
            Path log = Path.of("target", "browser-app.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(),
                    "--server.port=" + port, "--jesr.sample-data.load=true"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JESR_DATA_DIR", dataDir.toAbsolutePath().toString());
            long begin = System.nanoTime();
            Process process = builder.start();
            waitUntilReady(process, port, log.toFile());
            return new RunningApp(process, port, dataDir, Duration.ofNanos(System.nanoTime() - begin));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilReady(Process process, int port, File log) {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        process.destroy();
        throw new IllegalStateException("The app was not ready within 180 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    Duration startup() {
        return startup;
    }

    Path dataDir() {
        return dataDir;
    }
}
