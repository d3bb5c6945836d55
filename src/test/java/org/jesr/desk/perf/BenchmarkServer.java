package org.jesr.desk.perf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The production jar as its own process, pinned to one core where taskset exists, with its heap read by jcmd. */
final class BenchmarkServer implements AutoCloseable {

    static final List<String> JVM_FLAGS = List.of("-Xms256m", "-Xmx2g", "-XX:+UseG1GC");
    static final Path JAR = Path.of("target", "jesr-desk.jar");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    /** G1's filler classes, {@code jdk.internal.vm.FillerObject} and arrays of {@code FillerElement}. */
    private static final String FILLERS = "jdk.internal.vm.Filler";

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Process process;
    private final int port;
    final Duration startup;
    private long lastUsedKb;

    private BenchmarkServer(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    static BenchmarkServer start(String name, boolean pinned, List<String> extraFlags, String... appArgs)
            throws IOException, InterruptedException {
        return start(
                name, pinned, Files.createTempDirectory(Path.of("target"), "perf-" + name + "-"), extraFlags, appArgs);
    }

    /** Starts on a given data folder: a second start there finds its database and skips the sample. */
    static BenchmarkServer start(String name, boolean pinned, Path data, List<String> extraFlags, String... appArgs)
            throws IOException, InterruptedException {
        return start(JAR, name, pinned, data, extraFlags, appArgs);
    }

    /** The same from another jar: the fat jar as built, or the one extracted from it as the Docker image runs it. */
    static BenchmarkServer start(
            Path jar, String name, boolean pinned, Path data, List<String> extraFlags, String... appArgs)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if (pinned && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("/usr/bin/taskset", "-c", "0"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraFlags);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--jesr.backup.cron=-"));
        command.addAll(List.of(appArgs));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "perf-" + name + ".log").toFile());
        builder.environment().put("JESR_DATA_DIR", data.toAbsolutePath().toString());
        long begin = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped during start-up; see target/perf-" + name + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return new BenchmarkServer(process, port, Duration.ofNanos(System.nanoTime() - begin));
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    /**
     * Live heap in KB: the bytes of every object left after a full GC (its class histogram), less the
     * fillers G1 leaves in the place of dead objects it chose not to move (a full GC may leave up to
     * 5 % of a region dead rather than compact it); lowest of three readings. The used heap G1
     * reports after the same GC, fillers included, is kept as {@link #lastUsedKb()} for comparison.
     */
    long liveHeapKb() throws IOException, InterruptedException {
        long lowest = Long.MAX_VALUE;
        long lowestUsed = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            java.util.Map<String, Long> bytes = histogram();
            if (bytes.isEmpty()) {
                throw new IllegalStateException("jcmd gave no class histogram");
            }
            long live = bytes.entrySet().stream()
                    .filter(perClass -> !perClass.getKey().contains(FILLERS))
                    .mapToLong(java.util.Map.Entry::getValue)
                    .sum();
            lowest = Math.min(lowest, live / 1024);
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            if (used.find()) {
                lowestUsed = Math.min(lowestUsed, Long.parseLong(used.group(1)));
            }
        }
        lastUsedKb = lowestUsed;
        return lowest;
    }

    /** G1's used heap after the full GCs of the last {@link #liveHeapKb()}, fillers included. */
    long lastUsedKb() {
        return lastUsedKb;
    }

    /** Bytes held per class after a full GC ({@code jcmd GC.class_histogram}), to see what a screen costs. */
    java.util.Map<String, Long> histogram() throws IOException, InterruptedException {
        return histogramColumn(2);
    }

    /** Live instances per class after a full GC: what the bytes of {@link #histogram()} are made of. */
    java.util.Map<String, Long> counts() throws IOException, InterruptedException {
        return histogramColumn(1);
    }

    /** One column of the class histogram (1: instances, 2: bytes) by class name. */
    private java.util.Map<String, Long> histogramColumn(int column) throws IOException, InterruptedException {
        java.util.Map<String, Long> values = new java.util.HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            values.merge(row.group(3), Long.parseLong(row.group(column)), Long::sum);
        }
        return values;
    }

    /** A heap dump for a closer look (Eclipse MAT, VisualVM); only live objects are written. */
    void heapDump(Path file) throws IOException, InterruptedException {
        // jcmd will not write over an earlier dump, and an old one would be read as new.
        Files.deleteIfExists(file);
        jcmd("GC.heap_dump " + file.toAbsolutePath());
    }

    /** Live instances of one class after a full GC: how many screens (Vaadin UIs) the server still holds. */
    long instances(String className) throws IOException, InterruptedException {
        return counts().getOrDefault(className, 0L);
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid())));
        command.addAll(List.of(what.split(" ")));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    /** taskset execs java in place, so the process we started is the JVM itself. */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
