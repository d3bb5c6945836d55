package org.jesr.desk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./mvnw picks a JDK 21+ by itself, or stops at once with one line, when the default java is older. */
class WrapperJdkChoiceTest {

    @TempDir
    Path dir;

    @Test
    void an_old_default_java_is_replaced_by_the_newest_jdk_21_or_later_found() throws Exception {
        Path old = fakeJdk("old", "17.0.15");
        fakeJdk("jdks/temurin-21", "21.0.4");
        Path newest = fakeJdk("jdks/temurin-25", "25.0.3");
        fakeJdk("jdks/ancient", "1.8.0_402");

        Result result = source(old, dir.resolve("jdks"));

        assertThat(result.exit).isZero();
        assertThat(result.stdout.strip()).isEqualTo(newest.toString());
    }

    @Test
    void without_any_jdk_21_it_stops_with_one_line_that_says_what_to_do() throws Exception {
        Path old = fakeJdk("old", "17.0.15");
        Files.createDirectories(dir.resolve("empty"));

        Result result = source(old, dir.resolve("empty"));

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr.strip().lines()).hasSize(1);
        assertThat(result.stderr)
                .contains("JDK 21 or newer")
                .contains("version 17")
                .contains("JAVA_HOME");
    }

    @Test
    void a_java_home_that_is_recent_enough_is_kept() throws Exception {
        Path current = fakeJdk("current", "21.0.4");
        fakeJdk("jdks/temurin-25", "25.0.3");

        Result result = source(current, dir.resolve("jdks"));

        assertThat(result.exit).isZero();
        assertThat(result.stdout.strip()).isEqualTo(current.toString());
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = bin.resolve(tool);
            Files.writeString(
                    file,
                    "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-04-15' >&2\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir.resolve(name);
    }

    private Result source(Path javaHome, Path searchRoot) throws Exception {
        Path script = Path.of(".mvn/find-jdk.sh").toAbsolutePath();
        ProcessBuilder builder =
                new ProcessBuilder("sh", "-c", "set -euf; . \"$0\"; echo \"$JAVA_HOME\"", script.toString());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JESR_JDK_SEARCH", searchRoot.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.remove("MVNW_VERBOSE");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private record Result(int exit, String stdout, String stderr) {}
}
