package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jesr.desk.agenda.Announcement;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

/** Every piece of UI text exists in English and in French, and the French is French. */
class I18nKeysTest {

    /** Words that are spelled the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "app.name", "login.title", "nav.participants", "role.rapporteur", "review.dates",
            "live.severity.info", "live.severity.urgent", "agenda.type", "agenda.description", "agenda.documents",
            "site.district", "site.notes", "group-role.rapporteur", "evidence.document",
            "indicator.code");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void english_and_french_have_the_same_keys() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");

        assertThat(new TreeSet<>(fr.stringPropertyNames())).as("keys missing in French or English")
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
                .map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".properties")
                            && !key.endsWith(".csv")) {
                        used.add(key);
                    }
                }
            }
        }
        Arrays.stream(Role.values()).map(Role::translationKey).forEach(used::add);
        Arrays.stream(Constituency.values()).map(Constituency::translationKey).forEach(used::add);
        Arrays.stream(SessionType.values()).map(SessionType::translationKey).forEach(used::add);
        Arrays.stream(SessionStatus.values()).map(SessionStatus::translationKey).forEach(used::add);
        Arrays.stream(PersonRole.values()).map(PersonRole::translationKey).forEach(used::add);
        Arrays.stream(Announcement.Severity.values())
                .map(s -> "live.severity." + s.name().toLowerCase(java.util.Locale.ROOT)).forEach(used::add);
        Arrays.stream(org.jesr.desk.workinggroup.NotesStatus.values())
                .map(org.jesr.desk.workinggroup.NotesStatus::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.workinggroup.NotesField.values())
                .map(org.jesr.desk.workinggroup.NotesField::translationKey).forEach(used::add);
        Arrays.stream(new String[] {"saved", "saving", "unsaved", "conflict", "failed"})
                .map(state -> "autosave." + state).forEach(used::add);
        Arrays.stream(org.jesr.desk.recommendation.Consensus.values())
                .map(org.jesr.desk.recommendation.Consensus::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.recommendation.Priority.values())
                .map(org.jesr.desk.recommendation.Priority::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.recommendation.SourceKind.values())
                .map(org.jesr.desk.recommendation.SourceKind::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.recommendation.FollowUpStatus.values())
                .map(org.jesr.desk.recommendation.FollowUpStatus::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.fieldvisit.SiteKind.values())
                .map(org.jesr.desk.fieldvisit.SiteKind::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.workinggroup.GroupRole.values())
                .map(org.jesr.desk.workinggroup.GroupRole::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.workinggroup.EvidenceKind.values())
                .map(org.jesr.desk.workinggroup.EvidenceKind::translationKey).forEach(used::add);
        Arrays.stream(org.jesr.desk.evidence.IndicatorStatus.values())
                .map(org.jesr.desk.evidence.IndicatorStatus::translationKey).forEach(used::add);
        Arrays.stream(Visibility.values())
                .map(v -> "agenda.visibility." + v.name().toLowerCase(java.util.Locale.ROOT)).forEach(used::add);

        assertThat(used).as("keys used in code").hasSizeGreaterThan(50);
        assertThat(used.stream().filter(key -> !en.containsKey(key)).toList()).as("untranslated keys").isEmpty();
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
