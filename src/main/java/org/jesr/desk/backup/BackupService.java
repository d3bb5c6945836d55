package org.jesr.desk.backup;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jesr.desk.backup.internal.Tables;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the whole instance (every table, every uploaded file) as one ZIP archive and restores
 * such an archive into an empty instance. The format is described in docs/backup-format.md.
 */
@Service
public class BackupService {

    public static final String FORMAT = "jesr-desk-backup";
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    /** Guards against archives that expand without end (ZIP bombs). */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;

    private final JsonMapper json;
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path dataDir;
    private final int keep;
    private final Clock clock;
    private BackupService self = this;

    BackupService(
            JdbcTemplate jdbc,
            @Value("${jesr.data-dir:./data}") String dataDir,
            @Value("${jesr.backup.keep:14}") int keep,
            Clock clock,
            JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.dataDir = Path.of(dataDir);
        this.keep = keep;
        this.clock = clock;
    }

    /** Writes the archive: a consistent snapshot of the database, then the uploaded files. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, List<Map<String, @Nullable Object>>> tables =
                    jdbc.execute((ConnectionCallback<Map<String, List<Map<String, @Nullable Object>>>>) db -> {
                        Map<String, List<Map<String, @Nullable Object>>> all = new LinkedHashMap<>();
                        for (var table : Tables.describe(db).entrySet()) {
                            all.put(table.getKey(), Tables.rows(db, table.getKey(), table.getValue()));
                        }
                        return all;
                    });
            List<Path> files = uploadedFiles();
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("formatVersion", FORMAT_VERSION);
            manifest.put("createdAt", clock.instant().toString());
            manifest.put("createdBy", CurrentUser.name());
            Map<String, Object> counts = new LinkedHashMap<>();
            tables.forEach((name, rows) -> counts.put(name, rows.size()));
            manifest.put("tables", counts);
            manifest.put("files", files.size());
            put(zip, MANIFEST, json.writeValueAsBytes(manifest));
            for (var table : tables.entrySet()) {
                put(zip, "tables/" + table.getKey() + ".json", json.writeValueAsBytes(table.getValue()));
            }
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(
                        "files/" + dataDir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private List<Path> uploadedFiles() throws IOException {
        Path uploads = dataDir.resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(uploads)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Restores an archive into an empty instance, all or nothing. Accounts in the archive replace
     * the instance's own (a fresh instance has only its first admin), so sign in again afterwards.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RestoreSummary restore(InputStream archive) {
        Path staging = dataDir.resolve("restore-" + UUID.randomUUID());
        try {
            Archive read = read(archive, staging);
            RestoreSummary summary = jdbc.execute((ConnectionCallback<RestoreSummary>) db -> load(db, read));
            moveIntoPlace(staging);
            return summary;
        } catch (IOException e) {
            throw new TranslatedException("backup.error.unreadable");
        } finally {
            deleteQuietly(staging);
        }
    }

    private record Archive(
            Map<String, Object> manifest, Map<String, List<Map<String, @Nullable Object>>> tables, int files) {}

    private Archive read(InputStream in, Path staging) throws IOException {
        Map<String, Object> manifest = null;
        Map<String, List<Map<String, @Nullable Object>>> tables = new LinkedHashMap<>();
        int files = 0;
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new TranslatedException("backup.error.too-large");
                }
                String name = entry.getName();
                if (manifest == null && !name.equals(MANIFEST)) {
                    throw new TranslatedException("backup.error.not-a-backup");
                }
                byte[] bytes = limited(zip, MAX_ENTRY_BYTES);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new TranslatedException("backup.error.too-large");
                }
                if (name.equals(MANIFEST)) {
                    manifest = read(bytes, new TypeReference<Map<String, Object>>() {});
                    checkFormat(manifest);
                } else if (name.startsWith("tables/") && name.endsWith(".json")) {
                    String table = name.substring("tables/".length(), name.length() - ".json".length());
                    tables.put(table, read(bytes, new TypeReference<List<Map<String, @Nullable Object>>>() {}));
                } else if (name.startsWith("files/uploads/") && !entry.isDirectory()) {
                    Path target =
                            staging.resolve(name.substring("files/".length())).normalize();
                    if (!target.startsWith(staging.resolve("uploads"))) {
                        throw new TranslatedException("backup.error.bad-path", name);
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    files++;
                } else if (!entry.isDirectory()) {
                    throw new TranslatedException("backup.error.bad-path", name);
                }
            }
        } catch (ZipException | EOFException e) {
            throw new TranslatedException("backup.error.unreadable");
        }
        if (manifest == null) {
            throw new TranslatedException("backup.error.not-a-backup");
        }
        Object counts = manifest.get("tables");
        if (!(counts instanceof Map<?, ?> expected) || !expected.keySet().equals(tables.keySet())) {
            throw new TranslatedException("backup.error.unreadable");
        }
        for (var table : tables.entrySet()) {
            // A hand-edited manifest may hold anything: a count that is no number is unreadable, not a crash.
            if (!(expected.get(table.getKey()) instanceof Number count)
                    || count.intValue() != table.getValue().size()) {
                throw new TranslatedException("backup.error.unreadable");
            }
        }
        if (!(manifest.getOrDefault("files", 0) instanceof Number fileCount) || fileCount.intValue() != files) {
            throw new TranslatedException("backup.error.unreadable");
        }
        return new Archive(manifest, tables, files);
    }

    /** A table's rows; "null" in place of a list is an unreadable archive, not an empty table. */
    private static List<Map<String, @Nullable Object>> rowsOf(Archive archive, String table) {
        List<Map<String, @Nullable Object>> rows = archive.tables().get(table);
        if (rows == null) {
            throw new TranslatedException("backup.error.unreadable");
        }
        return rows;
    }

    private static void checkFormat(Map<String, Object> manifest) {
        if (!FORMAT.equals(manifest.get("format"))) {
            throw new TranslatedException("backup.error.not-a-backup");
        }
        if (!(manifest.get("formatVersion") instanceof Number version) || version.intValue() != FORMAT_VERSION) {
            throw new TranslatedException("backup.error.version", manifest.get("formatVersion"), FORMAT_VERSION);
        }
    }

    private <T> T read(byte[] bytes, TypeReference<T> type) {
        try {
            T value = json.readValue(bytes, type);
            // The JSON text "null" reads as no value at all: as unreadable as a broken file.
            if (value == null) {
                throw new TranslatedException("backup.error.unreadable");
            }
            return value;
        } catch (JacksonException e) {
            throw new TranslatedException("backup.error.unreadable");
        }
    }

    private static byte[] limited(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > max) {
                throw new TranslatedException("backup.error.too-large");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private RestoreSummary load(Connection db, Archive archive) throws SQLException {
        Map<String, List<Tables.Column>> schema = Tables.describe(db);
        if (!schema.keySet().equals(archive.tables().keySet())) {
            throw new TranslatedException("backup.error.schema");
        }
        for (var table : schema.entrySet()) {
            List<Map<String, @Nullable Object>> rows = rowsOf(archive, table.getKey());
            List<String> columns =
                    table.getValue().stream().map(Tables.Column::name).toList();
            if (!rows.isEmpty() && !rows.getFirst().keySet().equals(new HashSet<>(columns))) {
                throw new TranslatedException("backup.error.schema");
            }
            if (!Tables.ACCOUNTS.contains(table.getKey()) && Tables.count(db, table.getKey()) > 0) {
                throw new TranslatedException("backup.error.not-empty");
            }
        }
        List<String> reversed = new ArrayList<>(schema.keySet());
        Collections.reverse(reversed);
        for (String table : reversed) {
            if (Tables.ACCOUNTS.contains(table)) {
                try (var delete = db.prepareStatement("delete from " + table)) {
                    delete.executeUpdate();
                }
            }
        }
        int rows = 0;
        for (var table : schema.entrySet()) {
            List<Map<String, @Nullable Object>> data = rowsOf(archive, table.getKey());
            Tables.insert(db, table.getKey(), table.getValue(), data);
            rows += data.size();
            if (table.getValue().stream().anyMatch(c -> c.name().equals("id"))) {
                Tables.restartIdentity(db, table.getKey());
            }
        }
        return new RestoreSummary(schema.size(), rows, archive.files());
    }

    private void moveIntoPlace(Path staging) throws IOException {
        Path uploads = staging.resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(uploads)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = dataDir.resolve(staging.relativize(file));
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover staging folder holds no state the app reads
        }
    }

    // --- automatic backups ---

    /** Writes a backup to data/backups and keeps only the newest {@code jesr.backup.keep}. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path backupNow() {
        Path folder = dataDir.resolve("backups");
        try {
            Files.createDirectories(folder);
            String name = "jesr-desk-" + FILE_STAMP.format(clock.instant());
            Path target = folder.resolve(name + ".zip");
            for (int i = 2; Files.exists(target); i++) {
                // '_' sorts after '.', so a same-millisecond second backup still sorts as the newer.
                target = folder.resolve(name + "_" + i + ".zip");
            }
            Path part = folder.resolve(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                self().export(out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            List<Path> all = automaticBackups();
            for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
                Files.deleteIfExists(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The automatic backups on disk, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Path> automaticBackups() {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Through the proxy, so the export's snapshot transaction and its security check apply. */
    private BackupService self() {
        return self;
    }

    @Autowired
    @Lazy
    void setSelf(BackupService self) {
        this.self = self;
    }
}
