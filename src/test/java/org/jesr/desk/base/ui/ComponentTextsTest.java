package org.jesr.desk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vaadin components that carry words of their own (calendar names, error messages, what a screen
 * reader hears) must pass through {@link ComponentTexts}, {@link UploadTexts} or their own i18n:
 * one created without it speaks English on a French page, which no screen test would notice.
 */
class ComponentTextsTest {

    private static final Pattern CREATED = Pattern.compile(
            "(?:(\\w+) = )?(ComponentTexts\\.localize\\(\\s*)?new (DatePicker|DateTimePicker|IntegerField|NumberField|MultiSelectComboBox)(?:<[^>]*>)?\\(");

    @Test
    void every_component_with_built_in_words_is_given_them_in_the_users_language() throws IOException {
        List<String> untranslated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (file.endsWith("ComponentTexts.java")) {
                    continue;
                }
                Matcher created = CREATED.matcher(source);
                while (created.find()) {
                    String variable = created.group(1);
                    boolean wrapped = created.group(2) != null;
                    boolean localizedLater =
                            variable != null && source.contains("ComponentTexts.localize(" + variable + ")");
                    if (!wrapped && !localizedLater) {
                        untranslated.add(file.getFileName() + ": new " + created.group(3));
                    }
                }
                if (source.contains("new Upload(") && !source.contains("UploadTexts.of(")) {
                    untranslated.add(file.getFileName() + ": new Upload without UploadTexts");
                }
                if (source.contains("new LoginForm(") && !source.contains(".setI18n(")) {
                    untranslated.add(file.getFileName() + ": LoginForm without i18n");
                }
                if (source.contains("extends AppLayout") && !source.contains("ComponentTexts.localize(this)")) {
                    untranslated.add(file.getFileName() + ": AppLayout without its drawer's name");
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void the_check_sees_a_field_left_in_english() {
        assertThat(CREATED.matcher("IntegerField year = new IntegerField(getTranslation(\"review.year\"));")
                        .find())
                .isTrue();
        Matcher m = CREATED.matcher("var x = ComponentTexts.localize(new MultiSelectComboBox<>(label));");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isNotNull();
    }
}
