package org.jesr.desk.fieldvisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The offline field kit speaks both working languages too: its texts live in frontend/kit/messages.json. */
class KitMessagesTest {

    private static final Path KIT = Path.of("frontend/kit");

    private final Map<String, Map<String, String>> messages = read();

    @Test
    void every_kit_text_is_in_english_and_in_french() {
        assertThat(messages.get("fr").keySet()).isEqualTo(messages.get("en").keySet());
        messages.forEach((language, texts) -> texts.forEach(
                (key, text) -> assertThat(text).as(language + ": " + key).isNotBlank()));
    }

    @Test
    void every_key_the_kit_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher call = Pattern.compile("(?:this\\.t\\(|setStatus\\(\\[\\[|push\\(\\[)'([a-z][a-z.-]+)'")
                .matcher(Files.readString(KIT.resolve("kit.js")));
        while (call.find()) {
            used.add(call.group(1));
        }
        assertThat(used).hasSizeGreaterThan(40);
        Set<String> keys = messages.get("en").keySet();
        for (String key : used) {
            // A key built at run time ("kind." + the site's kind) needs at least its family here.
            assertThat(key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key))
                    .as(key)
                    .isTrue();
        }
        for (SiteKind kind : SiteKind.values()) {
            assertThat(keys).contains("kind." + kind.name());
        }
    }

    @Test
    void french_texts_are_translations_not_english_copies() {
        Set<String> same = new TreeSet<>();
        messages.get("en").forEach((key, english) -> {
            if (english.equals(messages.get("fr").get(key))) {
                same.add(key);
            }
        });
        // Words that are the same in both languages.
        assertThat(same)
                .containsOnly(
                        "site.district",
                        "site.latitude",
                        "site.longitude",
                        "site.notes",
                        "photos",
                        "sites",
                        "answer.none");
    }

    private static Map<String, Map<String, String>> read() {
        try {
            return JsonMapper.builder()
                    .build()
                    .readValue(Files.readString(KIT.resolve("messages.json")), new TypeReference<>() {});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
