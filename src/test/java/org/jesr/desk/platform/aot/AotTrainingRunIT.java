package org.jesr.desk.platform.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jesr.desk.TrainedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run as the Dockerfile makes it: on the packaged jar, extracted, with the JDK's
 * {@code -XX:AOTCacheOutput}. It must stop by itself after serving the sign-in page and leave a
 * cache that a later start can use; {@code -XX:AOTMode=on} makes that start fail if it cannot.
 *
 * <p>The run checked is {@link TrainedJar}'s, which the browser tests' apps start from: the same training
 * mode, with the test apps' JVM options (C1 only, serial collector) where the image uses the defaults,
 * and with the sample review loaded. A run of its own cost this test 68 CPU seconds (decision 0023).
 */
class AotTrainingRunIT {

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
        Path jar = TrainedJar.jar();
        assertThat(Files.readString(TrainedJar.trainingLog()))
                .contains("AOT training run: the sign-in page answered 200");
        Path cache = TrainedJar.aotCache().orElseThrow();
        assertThat(cache).isNotEmptyFile();

        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(TrainedJar.JVM_OPTIONS);
        command.addAll(List.of(
                "-XX:AOTCache=" + cache,
                "-XX:AOTMode=on",
                "-jar",
                jar.toString(),
                "--server.port=0",
                "--jesr.sample-data.load=false",
                "--jesr.backup.cron=-",
                "--jesr.aot.training=true"));
        Path log = work.resolve("from-cache.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JESR_DATA_DIR", work.resolve("data").toString());
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the start from the cache did not stop within 3 minutes; see " + log);
        }
        assertThat(process.exitValue())
                .as("a start from the cache (see " + log + ")")
                .isZero();
        assertThat(Files.readString(log)).contains("AOT training run: the sign-in page answered 200");
    }
}
