package org.jesr.desk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs a reliability scenario once (CI) or {@code -Djesr.reliability.runs} times (the
 * {@code reliability} Maven profile: 20), each run its own test, and appends the count of
 * runs and failures to target/figures/reliability.txt.
 */
final class Repetitions {

    static final int RUNS = Integer.getInteger("jesr.reliability.runs", 1);

    private Repetitions() {}

    static Stream<DynamicTest> of(String scenario, Executable run) {
        int[] failures = {0};
        return IntStream.rangeClosed(1, RUNS)
                .mapToObj(i -> DynamicTest.dynamicTest("run " + i + " of " + RUNS, () -> {
                    boolean failed = true;
                    try {
                        run.execute();
                        failed = false;
                    } finally {
                        if (failed) {
                            failures[0]++;
                        }
                        if (i == RUNS) {
                            record(scenario, failures[0]);
                        }
                    }
                }));
    }

    private static void record(String scenario, int failures) {
        try {
            Path figures = Files.createDirectories(Path.of("target", "figures"));
            Files.writeString(
                    figures.resolve("reliability.txt"),
                    "%s | %s | runs %d | failures %d%n".formatted(Instant.now(), scenario, RUNS, failures),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
