package org.jesr.desk.browser;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application (target/jesr-desk.jar, production frontend) run as its own process
 * on a free port, with a fresh data folder and the sample review: one shared by most browser
 * tests, and private ones for tests that stop, kill or restart it.
 *
 * <p>It runs the jar extracted, as the Docker image does: a start from the fat jar read every class
 * through Spring Boot's nested-jar loader and cost 27 CPU seconds, extracted it costs 15 (decision 0023).
 */
final class RunningApp implements AutoCloseable {

    private static RunningApp shared;

    /**
     * A test's app lives for minutes and serves a few hundred requests: C2's compilations and G1's
     * threads never pay for themselves. With C1 only and the serial collector a start took 21 CPU
     * seconds instead of 46 on this two-core machine (decision 0023), and the suite starts a dozen.
     * Nothing a browser test checks depends on the JIT or the collector.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final String name;
    private final int port;
    private final Path dataDir;
    private List<String> arguments = List.of("--jesr.sample-data.load=true");
    private java.util.Map<String, String> environment = java.util.Map.of();
    private Process process;
    private Duration startup;

    private RunningApp(String name, int port, Path dataDir) {
        this.name = name;
        this.port = port;
        this.dataDir = dataDir;
    }

    static synchronized RunningApp shared() {
        if (shared == null) {
            shared = own("browser-app");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::kill));
        }
        return shared;
    }

    /** An instance of one's own, with its own database: close it when done. */
    static RunningApp own(String name, String... moreArguments) {
        try {
            RunningApp app =
                    new RunningApp(name, freePort(), Files.createTempDirectory(Path.of("target"), name + "-data-"));
            List<String> arguments = new java.util.ArrayList<>(app.arguments);
            arguments.addAll(List.of(moreArguments));
            app.arguments = List.copyOf(arguments);
            app.start();
            return app;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An instance of one's own on an empty database: no sample review, one admin account with this
     * password, as a new secretariat's real installation starts. Close it when done.
     */
    static RunningApp empty(String name, String adminPassword) {
        try {
            RunningApp app =
                    new RunningApp(name, freePort(), Files.createTempDirectory(Path.of("target"), name + "-data-"));
            app.arguments = List.of("--jesr.sample-data.load=false");
            app.environment = java.util.Map.of("JESR_ADMIN_PASSWORD", adminPassword);
            app.start();
            return app;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the jar (again, after a stop or a kill) on the same port and data folder. */
    void start() {
        try {
            Path jar = extractedJar();
            Path log = Path.of("target", name + ".log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java));
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JESR_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().putAll(environment);
            long begin = System.nanoTime();
            process = builder.start();
            waitUntilReady(process, port, log.toFile());
            startup = Duration.ofNanos(System.nanoTime() - begin);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A polite stop (SIGTERM), as a service manager would do. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The app's own H2 database; open it only while the app is not running (the file is locked). */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath() + "/jesr", "sa", "");
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /**
     * target/jesr-desk.jar extracted once per build into target/browser-app-jar, as the Dockerfile
     * does. The two test JVMs may ask at the same moment, so a file lock lets one extract and the
     * other wait; a note of the fat jar's size and time tells a later build's jar from this one.
     */
    private static synchronized Path extractedJar() throws IOException {
        Path fat = Path.of("target", "jesr-desk.jar");
        if (!Files.exists(fat)) {
            throw new IllegalStateException("Run the browser tests with 'verify': " + fat + " is built by 'package'");
        }
        Path folder = Path.of("target", "browser-app-jar");
        Path jar = folder.resolve("jesr-desk.jar");
        Path note = Path.of("target", "browser-app-jar.from");
        String from = Files.size(fat) + " " + Files.getLastModifiedTime(fat).toMillis();
        try (FileChannel lockFile = FileChannel.open(
                        Path.of("target", "browser-app-jar.lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (Files.exists(jar)
                    && Files.exists(note)
                    && Files.readString(note).equals(from)) {
                return jar;
            }
            Files.deleteIfExists(note);
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Path log = Path.of("target", "browser-app-jar.log");
            Process extract = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djarmode=tools",
                            "-jar",
                            fat.toString(),
                            "extract",
                            "--destination",
                            folder.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (extract.waitFor() != 0 || !Files.exists(jar)) {
                throw new IllegalStateException("Extracting " + fat + " failed; see " + log);
            }
            Files.writeString(note, from);
            return jar;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                HttpResponse<String> response =
                        http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString());
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
