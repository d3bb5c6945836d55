package org.jesr.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class BackupIT extends IntegrationTest {

    @Autowired
    BackupService backups;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Value("${jesr.data-dir}")
    String dataDir;

    @Test
    void a_whole_instance_comes_back_identical_in_an_empty_one_every_row_of_every_table_and_every_file()
            throws IOException {
        long review = fullSampleReviewAsOrganizer();
        documents.upload(
                review,
                "ESPR 2026 financial annex",
                DocumentCategory.PROGRESS_REPORT,
                "annex.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        signInAs("admin", Role.ADMIN);
        Map<String, List<String>> before = everyRow();
        Map<String, byte[]> filesBefore = files(uploads());
        byte[] archive = export();

        flyway.clean();
        flyway.migrate();
        Path aside = uploads().resolveSibling("uploads-moved-" + System.nanoTime());
        Files.move(uploads(), aside);
        assertThat(everyRow().values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        RestoreSummary summary = backups.restore(new ByteArrayInputStream(archive));

        assertThat(everyRow()).isEqualTo(before);
        assertThat(files(uploads()))
                .containsOnlyKeys(filesBefore.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(filesBefore.get(name)));
        assertThat(summary.tables()).isEqualTo(before.size());
        assertThat(summary.rows())
                .isEqualTo(before.values().stream().mapToInt(List::size).sum());
        assertThat(before.get("agenda_session")).hasSizeGreaterThan(20);
        assertThat(before.get("document")).isNotEmpty();
        // New rows continue after the restored ids instead of colliding with them.
        jdbc.update(
                "insert into organization (version, name, acronym, constituency) values (0, 'After restore', 'AR', 'CIVIL_SOCIETY')");
        deleteFolder(aside);
    }

    @Test
    void restoring_into_an_instance_that_holds_data_is_refused_and_changes_nothing() {
        fullSampleReviewAsOrganizer();
        signInAs("admin", Role.ADMIN);
        byte[] archive = export();
        Map<String, List<String>> before = everyRow();

        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(archive)))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("backup.error.not-empty");
        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    void damaged_foreign_or_hostile_archives_are_refused_with_their_reason_and_change_nothing() throws IOException {
        signInAs("admin", Role.ADMIN);
        byte[] good = export();
        Map<String, String> expected = new TreeMap<>();
        Map<String, byte[]> archives = new TreeMap<>();
        archives.put("not a zip", "name,email\nAyesha,a@example.org\n".getBytes(StandardCharsets.UTF_8));
        expected.put("not a zip", "backup.error.not-a-backup");
        archives.put("truncated", Arrays.copyOf(good, good.length / 2));
        expected.put("truncated", "backup.error.unreadable");
        archives.put(
                "future format",
                zip(Map.of("manifest.json", "{\"format\":\"jesr-desk-backup\",\"formatVersion\":99}")));
        expected.put("future format", "backup.error.version");
        archives.put("other zip", zip(Map.of("readme.txt", "hello")));
        expected.put("other zip", "backup.error.not-a-backup");
        archives.put(
                "path escape",
                zip(Map.of(
                        "manifest.json",
                        "{\"format\":\"jesr-desk-backup\",\"formatVersion\":1,\"tables\":{},\"files\":1}",
                        "files/uploads/../../../etc/cron.d/evil",
                        "x")));
        expected.put("path escape", "backup.error.bad-path");
        // Hand-edited manifests and tables: once a ClassCastException or a NullPointerException, untranslated.
        archives.put(
                "count in words",
                zip(Map.of(
                        "manifest.json",
                        "{\"format\":\"jesr-desk-backup\",\"formatVersion\":1,\"tables\":{\"review\":\"one\"},\"files\":0}",
                        "tables/review.json",
                        "[]")));
        expected.put("count in words", "backup.error.unreadable");
        archives.put(
                "file count in words",
                zip(Map.of(
                        "manifest.json",
                        "{\"format\":\"jesr-desk-backup\",\"formatVersion\":1,\"tables\":{},\"files\":\"none\"}")));
        expected.put("file count in words", "backup.error.unreadable");
        archives.put(
                "null table",
                zip(Map.of(
                        "manifest.json",
                        "{\"format\":\"jesr-desk-backup\",\"formatVersion\":1,\"tables\":{\"review\":0},\"files\":0}",
                        "tables/review.json",
                        "null")));
        expected.put("null table", "backup.error.unreadable");
        archives.put("null manifest", zip(Map.of("manifest.json", "null")));
        expected.put("null manifest", "backup.error.unreadable");
        archives.put("zip bomb", bomb());
        expected.put("zip bomb", "backup.error.too-large");

        for (var archive : archives.entrySet()) {
            assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(archive.getValue())))
                    .as(archive.getKey())
                    .isInstanceOf(TranslatedException.class)
                    .hasMessage(expected.get(archive.getKey()));
        }
        assertThat(everyRow().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        try (Stream<Path> left = Files.list(Path.of(dataDir))) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("restore-"));
        }
    }

    @Test
    void only_an_administrator_exports_or_restores() {
        sampleReviewAsOrganizer();
        assertThatThrownBy(this::export).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void automatic_backups_go_to_the_backups_folder_and_only_the_newest_are_kept() throws IOException {
        signInAs("admin", Role.ADMIN);
        backups.automaticBackups().forEach(p -> p.toFile().delete());
        Path last = null;
        for (int i = 0; i < 17; i++) {
            last = backups.backupNow();
        }

        List<Path> kept = backups.automaticBackups();
        assertThat(kept).hasSize(14).last().isEqualTo(last);
        assertThat(last.getParent()).isEqualTo(Path.of(dataDir, "backups"));
        try (Stream<Path> all = Files.list(last.getParent())) {
            assertThat(all).hasSize(14);
        }
        // What was written is a backup that restores.
        byte[] newest = Files.readAllBytes(last);
        assertThat(new String(newest, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(Arrays.copyOf(newest, 10))))
                .isInstanceOf(TranslatedException.class);
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out);
        return out.toByteArray();
    }

    /** Every table's rows, read independently of the backup code, each row as sorted text. */
    private Map<String, List<String>> everyRow() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String table : dataTables(jdbc)) {
            all.put(
                    table,
                    jdbc.queryForList("select * from " + table).stream()
                            .map(row -> new TreeMap<>(row.entrySet().stream()
                                            .collect(Collectors.toMap(
                                                    e -> e.getKey().toLowerCase(),
                                                    e -> String.valueOf(normalized(e.getValue())))))
                                    .toString())
                            .sorted()
                            .toList());
        }
        return all;
    }

    private static Object normalized(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return value;
    }

    private Path uploads() {
        return Path.of(dataDir, "uploads");
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
            return files;
        }
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries.keySet().stream()
                    .sorted(Comparator.comparing((String n) -> !n.equals("manifest.json")))
                    .toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A valid manifest, then one table "file" of 300 MB of zeros that compresses to about 300 KB. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"jesr-desk-backup\",\"formatVersion\":1,\"tables\":{},\"files\":0}"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("tables/review.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
