package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.evidence.DocumentLink;
import org.jesr.desk.evidence.FinanceSection;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every piece of UI text exists in English and in French, and the French is French. */
class I18nKeysTest {

    /** Words that are spelled the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "menu.group.admin",
            "today.tab.sessions",
            "app.name",
            "announcement.meta",
            "login.title",
            "nav.participants",
            "role.rapporteur",
            "review.dates",
            "live.severity.info",
            "live.severity.urgent",
            "agenda.type",
            "agenda.description",
            "agenda.documents",
            "site.district",
            "site.notes",
            "group-role.rapporteur",
            "evidence.document",
            "indicator.code",
            "nav.documents",
            "document.linked",
            "submission.kind.document",
            "finance.section.spending.planned",
            "aide-memoire.versions",
            "aide-memoire.version-label",
            "am.pdf.version",
            "am.pdf.page",
            "am.column.code",
            "am.column.paragraph",
            "aide-memoire.pdf",
            "am-circulation.line",
            "am-comment.answered",
            "plan.action",
            "maturity.latent",
            "audit.feature.notes",
            "reviews.line",
            "setup.detail.review",
            "label.value");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void english_and_french_have_the_same_keys() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");

        assertThat(new TreeSet<>(fr.stringPropertyNames()))
                .as("keys missing in French or English")
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void french_texts_are_translations_not_english_copies() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");

        Set<String> copied = en.stringPropertyNames().stream()
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .filter(key -> en.getProperty(key).equals(fr.getProperty(key)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(copied).as("French values identical to English").isEmpty();
    }

    @Test
    void every_key_the_code_uses_is_translated() throws IOException {
        Properties en = load("translations.properties");
        Set<String> namespaces = en.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.')))
                            && !key.endsWith(".properties")
                            && !key.endsWith(".csv")) {
                        used.add(key);
                    }
                }
            }
        }
        // Keys built from enum constants never appear as literals: every Translatable enum gives its own.
        for (Translatable constant : translatableConstants()) {
            // The prefix a Translatable returns is a literal too, but no key: its constants' keys are.
            used.remove(constant.keyPrefix());
            used.add(constant.translationKey());
        }
        for (FinanceSection section : FinanceSection.values()) {
            addKeys(used, new String[] {"planned", "actual", "rate"}, part -> section.translationKey() + "." + part);
        }
        addKeys(
                used,
                DocumentLink.Type.values(),
                t -> "document.link." + t.name().toLowerCase(Locale.ROOT));
        addKeys(
                used,
                new String[] {
                    "code",
                    "indicator",
                    "unit",
                    "baseline",
                    "actual",
                    "target",
                    "status",
                    "paragraph",
                    "number",
                    "recommendation",
                    "responsible",
                    "timeline",
                    "plan-link",
                    "priority"
                },
                c -> "am.column." + c);
        addKeys(used, new String[] {"all", "owed", "overdue"}, show -> "obligation.show." + show);
        addKeys(used, new String[] {"girls", "boys", "female", "male"}, b -> "indicator.breakdown." + b);
        addKeys(
                used,
                new String[] {"empty", "saved", "saving", "unsaved", "conflict", "failed"},
                state -> "autosave." + state);
        addKeys(used, new String[] {"submitted", "validated"}, status -> "notes.readonly." + status);
        addKeys(used, new String[] {"validated", "final"}, status -> "aide-memoire.move-text." + status);
        addKeys(used, Role.values(), r -> "accounts.role-help." + r.name().toLowerCase(Locale.ROOT));

        assertThat(used).as("keys used in code").hasSizeGreaterThan(50);
        assertThat(used.stream().filter(key -> !en.containsKey(key)).toList())
                .as("untranslated keys")
                .isEmpty();
    }

    /**
     * Every constant of every enum in main code that implements Translatable, found by scanning the classes
     * once. Spring's scanner reads only the class files' headers; an ArchUnit import of the whole code,
     * used here before, took about 3 s a call on C1 and was made twice, beside the UI tests' context start.
     */
    static List<Translatable> translatableConstants() {
        return TranslatableScan.CONSTANTS;
    }

    private static final class TranslatableScan {
        static final List<Translatable> CONSTANTS = scan();

        private static List<Translatable> scan() {
            var scanner = new ClassPathScanningCandidateComponentProvider(false) {
                @Override
                protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                    return definition.getMetadata().isIndependent();
                }
            };
            scanner.addIncludeFilter(new AssignableTypeFilter(Translatable.class));
            List<Translatable> constants = new ArrayList<>();
            for (BeanDefinition found : scanner.findCandidateComponents("org.jesr.desk")) {
                if (!isMainCode(found)) {
                    continue;
                }
                Class<?> type = ClassUtils.resolveClassName(
                        Objects.requireNonNull(found.getBeanClassName()), I18nKeysTest.class.getClassLoader());
                Object[] values = type.getEnumConstants();
                if (values != null) {
                    for (Object constant : values) {
                        constants.add((Translatable) constant);
                    }
                }
            }
            return List.copyOf(constants);
        }

        private static boolean isMainCode(BeanDefinition found) {
            Resource resource = ((ScannedGenericBeanDefinition) found).getResource();
            try {
                return !resource.getURL().toString().contains("/test-classes/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void every_enum_shown_to_people_is_found_by_the_scan() {
        assertThat(translatableConstants())
                .contains(Role.ADMIN, SessionType.FIELD_VISIT, SetupStep.State.values()[0], Visibility.RESTRICTED)
                .hasSizeGreaterThan(100);
    }

    /**
     * French typography puts a (no-break) space before ":", ";", "!" and "?"; "Tous les participants: 13"
     * and "Supprimer ce fichier?" are English typography. "HH:MM" and addresses are not punctuation.
     */
    @Test
    void french_puts_a_space_before_every_colon_semicolon_exclamation_and_question_mark() throws IOException {
        Properties fr = load("translations_fr.properties");
        Pattern glued = Pattern.compile("[^\\s\u00a0\u202f»][:;!?](?=\\s|$|»)|»[:;!?]");

        Set<String> wrong = fr.stringPropertyNames().stream()
                .filter(key -> glued.matcher(fr.getProperty(key)).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(wrong)
                .as("French values with : ; ! or ? glued to the word before it")
                .isEmpty();
        assertThat(fr.getProperty("label.value")).isEqualTo("{0} : {1}");
    }

    /**
     * Issue 21 asks for correct agreement: "Votre organisation doit 1 éléments" was shown. A count
     * followed by a plural word must go through a choice ("{0,choice,0#rien|1#1 élément|1<…}"),
     * unless the count can never be one (a limit in characters, a merge of several).
     */
    @Test
    void a_count_that_can_be_one_agrees_with_its_noun() throws IOException {
        // Counts that are never one (limits, several merged, three constituencies, amounts), and
        // words after a count that are not nouns.
        Set<String> alwaysMany = Set.of(
                "caractères",
                "lignes",
                "messages",
                "étapes",
                "recommandations",
                "pixels",
                "collèges",
                "réalisées",
                "dépensés",
                "budgétés",
                "sans",
                "des",
                "dans");
        Set<String> clientSide = Set.of("multi.total");
        Pattern bareCount = Pattern.compile("\\{\\d+(,number[^}]*)?}\\s+(\\p{L}+s)\\b");
        Set<String> wrong = new TreeSet<>();
        // French only: in English a name is followed by verbs ending in s ("{0} is", "{0} was").
        for (String file : new String[] {"translations_fr.properties"}) {
            Properties values = load(file);
            for (String key : values.stringPropertyNames()) {
                // Text inside a choice is already chosen by the count.
                String outsideChoices =
                        values.getProperty(key).replaceAll("\\{\\d+,choice,[^{}]*(\\{[^{}]*}[^{}]*)*}", "");
                var m = bareCount.matcher(outsideChoices);
                while (m.find()) {
                    if (!alwaysMany.contains(m.group(2)) && !clientSide.contains(key)) {
                        wrong.add(file + ": " + key + " (" + m.group() + ")");
                    }
                }
            }
        }
        assertThat(wrong).as("counts followed by a plural without a choice").isEmpty();
    }

    /**
     * A straight apostrophe quotes in a message with arguments: "Rien n'a été importé. Ligne {0}" came
     * out as "Rien na été importé. Ligne {0}", the line number lost. French writes ’ anyway.
     */
    @Test
    void no_message_loses_its_arguments_to_a_straight_apostrophe() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties values = load(file);
            values.stringPropertyNames().stream()
                    .filter(key -> values.getProperty(key).contains("'")
                            && (values.getProperty(key).contains("{") || file.endsWith("_fr.properties")))
                    .forEach(key -> wrong.add(file + ": " + key));
        }
        assertThat(wrong).isEmpty();
        assertThat(new java.text.MessageFormat(
                                load("translations_fr.properties").getProperty("import.error.at"), Locale.FRENCH)
                        .format(new Object[] {3, "type", "x"}))
                .startsWith("Rien n’a été importé. Ligne 3");
    }

    /** A label and its value are joined by the translation "label.value", so French gets its space before the colon. */
    @Test
    void screens_and_documents_never_glue_a_colon_to_a_label_in_code() throws IOException {
        Pattern glue = Pattern.compile("\\+ \": \"|\": \" \\+");
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().matches(".*/(ui|pdf|docx)/.*\\.java|.*/Drafter\\.java"))
                    .toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (glue.matcher(lines.get(i)).find()) {
                        offenders.add(source.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Counts take plural forms: "1 organization added", never "1 organizations added", in both languages. */
    @Test
    void counts_read_right_for_one_and_for_many() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");

        assertThat(format(en, "organization.import-done", Locale.ENGLISH, 1, 0))
                .isEqualTo("1 organization added, none updated.");
        assertThat(format(en, "organization.import-done", Locale.ENGLISH, 1200, 2))
                .isEqualTo("1,200 organizations added, 2 updated.");
        assertThat(format(fr, "organization.import-done", Locale.FRENCH, 1, 1))
                .isEqualTo("1 organisation ajoutée, 1 mise à jour.");
        assertThat(format(en, "indicator.import-done", Locale.ENGLISH, 3, 0))
                .isEqualTo("3 indicators added, none updated.");
        assertThat(format(en, "am.process.sessions", Locale.ENGLISH, 14, 3, 4, 1))
                .isEqualTo(
                        "The review held 14 sessions over 3 days, including 4 working-group sessions and 1 field visit.");
        assertThat(format(fr, "am.process.sessions", Locale.FRENCH, 1, 1, 0, 2))
                .isEqualTo(
                        "La revue a tenu 1 séance sur 1 jour, dont aucune séance de groupe de travail et 2 visites de terrain.");
    }

    /** Every message with plural forms is well formed and takes numbers, in both languages. */
    @Test
    void every_plural_message_formats_with_numbers() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (value.contains(",choice,")) {
                    for (int n : new int[] {0, 1, 2, 1000}) {
                        assertThat(new java.text.MessageFormat(value, Locale.ENGLISH)
                                        .format(new Object[] {n, n, n, n, n, n}))
                                .as(file + " " + key)
                                .doesNotContain("{");
                    }
                }
            }
        }
    }

    private static String format(Properties texts, String key, Locale locale, Object... args) {
        return new java.text.MessageFormat(texts.getProperty(key), locale).format(args);
    }

    private static <T> void addKeys(Set<String> into, T[] values, Function<T, String> key) {
        Arrays.stream(values).map(key).forEach(into::add);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
