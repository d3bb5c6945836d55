package org.jesr.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds English in a document meant to be French (issue 21): the app's own English wording, and
 * any sentence that reads as English. Both are needed: a translation key forgotten in a writer
 * shows as the first, an English sentence built in code or left in sample data as the second.
 */
public final class EnglishSentences {

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "of", "to", "with", "is", "are", "was", "were", "has", "have", "for", "from", "by", "on",
            "this", "that", "which", "will", "be", "not", "their", "its");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    private EnglishSentences() {}

    /**
     * The stretches of English UI wording (four words or more, differing from the French) found in
     * {@code text}. Whitespace is compared loosely, as PDF text extraction breaks lines anywhere.
     */
    public static List<String> appWordingIn(String text) {
        String haystack = squash(text);
        List<String> found = new ArrayList<>();
        for (String fragment : fragments()) {
            if (haystack.contains(fragment)) {
                found.add(fragment);
            }
        }
        return found;
    }

    /**
     * Sentences in which English function words outnumber two, e.g. "The review assessed progress
     * with the government". Text typed by people counts as much as the app's own.
     */
    public static List<String> in(String text) {
        List<String> english = new ArrayList<>();
        for (String sentence : squash(text).split("(?<=[.!?:;])\\s+|\\n")) {
            long hits = Pattern.compile("[^\\p{L}]+")
                    .splitAsStream(sentence.toLowerCase(Locale.ROOT))
                    .filter(ENGLISH_WORDS::contains)
                    .count();
            if (hits >= 3) {
                english.add(sentence.strip());
            }
        }
        return english;
    }

    private static Set<String> fragments() {
        Properties en = load("/vaadin-i18n/translations.properties");
        Properties fr = load("/vaadin-i18n/translations_fr.properties");
        Set<String> fragments = new LinkedHashSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            if (english.equals(fr.getProperty(key))) {
                continue;
            }
            for (String part : PLACEHOLDER.split(english.replace("''", "'"))) {
                String fragment = squash(part).strip();
                if (fragment.split(" ").length >= 4) {
                    fragments.add(fragment);
                }
            }
        }
        return fragments;
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EnglishSentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
