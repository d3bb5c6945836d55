package org.jesr.desk.platform.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run as the Dockerfile makes it: on the packaged jar, extracted, with the JDK's
 * {@code -XX:AOTCacheOutput}. It must stop by itself after serving the sign-in page and leave a
 * cache that a later start can use; {@code -XX:AOTMode=on} makes that start fail if it cannot.
 *
 * <p>Both runs use the test apps' JVM options (C1 only, serial collector) where the image uses the
 * defaults: the cache records what they were made with and is checked against the same, and C2 and G1
 * cost this test 88 CPU seconds instead of 68 (decision 0023).
 */
class AotTrainingRunIT {

    private static final Path JAR = Path.of("target", "jesr-desk.jar");

    @TempDir
    Path work;

    @Test
    void a_training_run_serves_the_sign_in_page_stops_and_leaves_a_cache_the_next_start_uses() throws Exception {
        assumeFalse(
                "postgres".equals(System.getProperty("jesr.it.database")),
                "about the jar and the JDK, not the database");
        // The project builds and runs on 21 or newer; the AOT cache (JEP 483/514) needs 25, as the image has.
        assumeTrue(
                Runtime.version().feature() >= 25,
                "the AOT cache needs JDK 25 or newer; this JDK is "
                        + Runtime.version().feature());
        Path app = work.resolve("app");
        assertThat(run(
                        List.of("-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", app.toString()),
                        "extract"))
                .isZero();
        Path jar = app.resolve("jesr-desk.jar");
        Path cache = work.resolve("jesr-desk.aot");

        assertThat(run(
                        List.of(
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-XX:AOTCacheOutput=" + cache,
                                "-jar",
                                jar.toString(),
                                "--server.port=0",
                                "--jesr.sample-data.load=false",
                                "--jesr.backup.cron=-",
                                "--jesr.aot.training=true"),
                        "training"))
                .isZero();
        assertThat(Files.readString(work.resolve("training.log")))
                .contains("AOT training run: the sign-in page answered 200");
        assertThat(cache).isNotEmptyFile();

        assertThat(run(
                        List.of(
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-XX:AOTCache=" + cache,
                                "-XX:AOTMode=on",
                                "-jar",
                                jar.toString(),
                                "--server.port=0",
                                "--jesr.sample-data.load=false",
                                "--jesr.backup.cron=-",
                                "--jesr.aot.training=true"),
                        "from-cache"))
                .as("a start from the cache (see from-cache.log)")
                .isZero();
        assertThat(Files.readString(work.resolve("from-cache.log")))
                .contains("AOT training run: the sign-in page answered 200");
    }

    private int run(List<String> arguments, String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("JESR_DATA_DIR", work.resolve("data-" + name).toString());
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop within 3 minutes; see " + work.resolve(name + ".log"));
        }
        return process.exitValue();
    }
}
