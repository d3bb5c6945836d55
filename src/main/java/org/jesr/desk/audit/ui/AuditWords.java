package org.jesr.desk.audit.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jesr.desk.audit.AuditFeature;
import org.jesr.desk.base.Translatable;
import org.jsoup.Jsoup;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Turns what the log stored into words a person reads. Features log the state they moved to as its
 * code ({@code SCHEDULED}, {@code IN_CONSULTATION}, {@code FINDINGS: …}) and some details as markup;
 * the trial found both on screen (issue 21). Every code that is the name of a {@link Translatable}
 * constant is shown as that constant's translation, in the reader's language. The constants are found
 * by scanning the classes once, so the log needs no dependency on the features that write to it.
 */
final class AuditWords {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Where each part of the review keeps its words: a code two features share is read as its own feature's. */
    private static final Map<AuditFeature, String> PACKAGES = Map.of(
            AuditFeature.AGENDA, "org.jesr.desk.agenda",
            AuditFeature.NOTES, "org.jesr.desk.workinggroup",
            AuditFeature.RECOMMENDATIONS, "org.jesr.desk.recommendation",
            AuditFeature.AIDE_MEMOIRE, "org.jesr.desk.aidememoire",
            AuditFeature.SETUP, "org.jesr.desk.review");

    /** Code → (package of its enum → translation key). */
    private static final Map<String, Map<String, String>> KEYS = scan();

    private AuditWords() {}

    /**
     * A stored detail as plain words: markup dropped (sections are saved as sanitized HTML), codes
     * translated.
     */
    static String detail(String stored, AuditFeature feature, Function<String, String> translate) {
        return words(Jsoup.parse(stored).text(), feature, translate);
    }

    /**
     * A stored subject: what a person typed (a recommendation's text, a session's title) is kept as
     * typed, "<" included; only codes are translated.
     */
    static String subject(String stored, AuditFeature feature, Function<String, String> translate) {
        return words(stored, feature, translate);
    }

    private static String words(String text, AuditFeature feature, Function<String, String> translate) {
        String own = PACKAGES.getOrDefault(feature, "");
        Matcher codes = CODE.matcher(text);
        StringBuilder words = new StringBuilder();
        while (codes.find()) {
            Map<String, String> byPackage = KEYS.get(codes.group());
            String key = byPackage == null
                    ? null
                    : byPackage.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(own))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(byPackage.values().iterator().next());
            // Acronyms (SELD, UNICEF) are not codes: only names with a known translation are replaced.
            codes.appendReplacement(
                    words, Matcher.quoteReplacement(key == null ? codes.group() : translate.apply(key)));
        }
        codes.appendTail(words);
        return words.toString();
    }

    private static Map<String, Map<String, String>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Translatable.class));
        Map<String, Map<String, String>> keys = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("org.jesr.desk")) {
            Class<?> type = ClassUtils.resolveClassName(
                    Objects.requireNonNull(candidate.getBeanClassName()), AuditWords.class.getClassLoader());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                Translatable word = (Translatable) constant;
                keys.computeIfAbsent(word.name(), name -> new TreeMap<>())
                        .putIfAbsent(type.getPackageName(), word.translationKey());
            }
        }
        // Single letters and two-letter words are more likely text than codes.
        keys.keySet().removeIf(name -> name.length() < 3);
        return Map.copyOf(keys);
    }
}
