package org.jesr.desk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as the browser tests' apps and the AOT test run it: target/jesr-desk.jar extracted
 * into target/browser-app-jar, as the Dockerfile does, then put through one training run.
 *
 * <p>The training run is the app's own training mode ({@code jesr.aot.training}, as the Dockerfile runs
 * it) with the sample review loaded: it starts, serves the sign-in page once and stops politely, so H2
 * closes its file and the JDK writes its AOT cache. Every later start uses the cache, and an instance
 * with the sample starts from a copy of the run's database instead of loading the sample again: a start
 * with the sample cost about 15 CPU seconds (6 of them the load) and 12 s, from the cache and the copy
 * about 6.5 and 5 s. The run itself costs about 43; the suite starts a dozen apps (decision 0023).
 */
public final class TrainedJar {

    /**
     * A test's app lives for minutes and serves a few hundred requests: C2's compilations and G1's
     * threads never pay for themselves. With C1 only and the serial collector a start took 21 CPU
     * seconds instead of 46 on this two-core machine (decision 0023). Nothing a browser test checks
     * depends on the JIT or the collector. The AOT cache is checked against the options that made it,
     * so the training run uses the same.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * The test apps' clock: at {@link PinnedClock#BEFORE_THE_SAMPLE} when this JVM started, and running
     * on, as in the UI tests. The sample review has fixed days and the screens depend on where today
     * falls; on the real clock the live-agenda scenario failed once the real date reached them.
     */
    public static final String CLOCK = "--jesr.clock.shift="
            + java.time.Duration.between(java.time.Instant.now(), PinnedClock.BEFORE_THE_SAMPLE)
                    .toSeconds()
            + "s";

    private static final Path FAT = Path.of("target", "jesr-desk.jar");
    private static final Path FOLDER = Path.of("target", "browser-app-jar");
    private static final Path JAR = FOLDER.resolve("jesr-desk.jar");
    private static final Path AOT_CACHE = FOLDER.resolve("jesr-desk.aot");
    private static final Path SAMPLE_LOADED = FOLDER.resolve("sample-loaded");
    private static final Path TRAINING_LOG = Path.of("target", "browser-app-training.log");

    private TrainedJar() {}

    /**
     * The extracted jar, trained. The two test JVMs may ask at the same moment, so a file lock lets one
     * extract and train while the other waits; a note of the fat jar's size and time tells a later
     * build's jar from this one.
     */
    public static synchronized Path jar() throws IOException {
        if (!Files.exists(FAT)) {
            throw new IllegalStateException("Run these tests with 'verify': " + FAT + " is built by 'package'");
        }
        Path note = Path.of("target", "browser-app-jar.from");
        String from = Files.size(FAT) + " " + Files.getLastModifiedTime(FAT).toMillis();
        try (FileChannel lockFile = FileChannel.open(
                        Path.of("target", "browser-app-jar.lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (Files.exists(JAR)
                    && Files.exists(note)
                    && Files.readString(note).equals(from)) {
                return JAR;
            }
            Files.deleteIfExists(note);
            delete(FOLDER);
            Path log = Path.of("target", "browser-app-jar.log");
            int extracted = run(
                    List.of("-Djarmode=tools", "-jar", FAT.toString(), "extract", "--destination", FOLDER.toString()),
                    log,
                    Map.of());
            if (extracted != 0 || !Files.exists(JAR)) {
                throw new IllegalStateException("Extracting " + FAT + " failed; see " + log);
            }
            train();
            Files.writeString(note, from);
            return JAR;
        }
    }

    /** The training run's AOT cache: there on JDK 25 and newer. */
    public static Optional<Path> aotCache() throws IOException {
        jar();
        return Files.isRegularFile(AOT_CACHE) ? Optional.of(AOT_CACHE) : Optional.empty();
    }

    /** What the training run printed. */
    public static Path trainingLog() throws IOException {
        jar();
        return TRAINING_LOG;
    }

    /** Fills an empty data folder with the training run's, which holds the sample review. */
    public static void withTheSampleLoaded(Path dataDir) throws IOException {
        jar();
        if (!isEmpty(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(SAMPLE_LOADED)) {
            for (Path path : paths.toList()) {
                Path target = dataDir.resolve(SAMPLE_LOADED.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void train() throws IOException {
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        if (Runtime.version().feature() >= 25) {
            arguments.add("-XX:AOTCacheOutput=" + AOT_CACHE);
        }
        arguments.addAll(List.of(
                "-jar",
                JAR.toString(),
                "--server.port=0",
                "--jesr.sample-data.load=true",
                "--jesr.backup.cron=-",
                "--jesr.aot.training=true",
                CLOCK));
        if (run(
                                arguments,
                                TRAINING_LOG,
                                Map.of(
                                        "JESR_DATA_DIR",
                                        SAMPLE_LOADED.toAbsolutePath().toString()))
                        != 0
                || isEmpty(SAMPLE_LOADED)) {
            throw new IllegalStateException("The training run failed; see " + TRAINING_LOG);
        }
    }

    private static int run(List<String> arguments, Path log, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not stop within 3 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
