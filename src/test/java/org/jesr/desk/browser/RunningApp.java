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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jesr.desk.TrainedJar;

/**
 * The packaged application (target/jesr-desk.jar, production frontend) run as its own process
 * on a free port, with a fresh data folder and the sample review: one shared by most browser
 * tests, and private ones for tests that stop, kill or restart it.
 *
 * <p>It runs the jar extracted, as the Docker image does: a start from the fat jar read every class
 * through Spring Boot's nested-jar loader and cost 27 CPU seconds, extracted it costs 15 (decision 0023).
 *
 * <p>Every start uses the AOT cache of {@link TrainedJar}'s training run, and an instance with the sample
 * starts from a copy of that run's database instead of loading the sample again (decision 0023).
 */
final class RunningApp implements AutoCloseable {

    private static RunningApp shared;

    /** Every instance started in this JVM, for browsers that move from class to class to forget. */
    private static final java.util.Set<Integer> ports = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final List<String> JVM_OPTIONS = TrainedJar.JVM_OPTIONS;

    private final String name;
    private final int port;
    private final Path dataDir;
    private boolean withSample = true;
    private List<String> arguments = List.of("--jesr.sample-data.load=true");
    private java.util.Map<String, String> environment = java.util.Map.of();
    private Process process;
    private Duration startup;

    private RunningApp(String name, int port, Path dataDir) {
        this.name = name;
        this.port = port;
        this.dataDir = dataDir;
        ports.add(port);
    }

    /** The origins of every instance started in this JVM, stopped ones included. */
    static List<String> origins() {
        return ports.stream().map(port -> "http://localhost:" + port).toList();
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
            app.withSample = false;
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
            Path jar = TrainedJar.jar();
            Path log = Path.of("target", name + ".log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            if (withSample) {
                TrainedJar.withTheSampleLoaded(dataDir);
            }
            List<String> command = new java.util.ArrayList<>(List.of(java));
            command.addAll(JVM_OPTIONS);
            TrainedJar.aotCache().ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, TrainedJar.CLOCK));
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
