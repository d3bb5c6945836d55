package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void a_stored_or_typed_code_reads_as_its_language_and_anything_else_as_the_default() {
        assertThat(Language.orDefault("fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.orDefault(" FR ")).isEqualTo(Language.FRENCH);
        assertThat(Language.orDefault("de")).isEqualTo(Language.DEFAULT);
        assertThat(Language.orDefault(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
    }

    @Test
    void only_the_exact_stored_code_counts_as_supported() {
        assertThat(Language.isSupported("fr")).isTrue();
        assertThat(Language.isSupported("FR")).isFalse();
        assertThat(Language.isSupported("")).isFalse();
        assertThat(Language.codes()).containsExactly("en", "fr");
    }

    /** The working languages are named in one place; a third one is added there, not in fifteen. */
    @Test
    void no_main_class_but_language_spells_out_a_language_code() throws IOException {
        Pattern code = Pattern.compile("\"(en|fr)\"|Locale\\.(ENGLISH|FRENCH)\\b");
        List<String> spelled;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            spelled = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/jesr/desk/base/Language.java")))
                    .flatMap(LanguageTest::lines)
                    .filter(line -> code.matcher(line).find())
                    .toList();
        }
        assertThat(spelled).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line ->
                            !line.trim().startsWith("//") && !line.trim().startsWith("*"))
                    .map(line -> file.getFileName() + ": " + line.trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
