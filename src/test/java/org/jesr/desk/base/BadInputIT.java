package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.backup.BackupService;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationSource;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.security.Role;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.stakeholder.StakeholderInput;
import org.jesr.desk.stakeholder.SubmissionKind;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every file of the bad-input corpus (src/test/resources/bad-input) against every importer and
 * every upload, and hostile text against the services that take typed text: each is refused with
 * a message that exists in English and French, and neither the database nor the data folder changes.
 */
class BadInputIT extends IntegrationTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    static final Path GENERATED = Path.of("target", "bad-input");

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    AgendaService agenda;

    @Autowired
    IndicatorService indicators;

    @Autowired
    FinanceService finances;

    @Autowired
    BackupService backups;

    @Autowired
    DocumentService documents;

    @Autowired
    FieldVisitService visits;

    @Autowired
    InputService inputs;

    @Autowired
    ObligationService obligations;

    @Autowired
    NotesService notes;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    org.jesr.desk.agenda.LiveControlService live;

    @Autowired
    org.jesr.desk.recommendation.PreviousRecommendationsImport previousRecommendations;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${jesr.data-dir}")
    String dataDir;

    long review;

    @BeforeEach
    void sampleAsAdmin() {
        review = fullSampleReviewAsOrganizer();
        signInAs("admin", Role.ADMIN);
    }

    @Test
    void every_bad_file_is_refused_by_every_importer_with_a_translated_message_and_nothing_changes()
            throws IOException {
        Map<String, Consumer<InputStream>> importers = new LinkedHashMap<>();
        importers.put("organizations", organizations::importCsv);
        importers.put("participants", in -> participants.importCsv(review, in));
        importers.put("programme", in -> agenda.importCsv(review, ZoneId.of("Asia/Karachi"), in));
        importers.put("indicators", in -> indicators.importCsv(review, in));
        importers.put("finances", in -> finances.importReport(review, in));
        importers.put("last year's recommendations", in -> previousRecommendations.importFile(review, in));
        importers.put("backup archive", backups::restore);
        Map<String, byte[]> files = files(CORPUS.resolve("imports"));
        files.putAll(generatedImports());
        String before = fingerprint();

        for (var file : files.entrySet()) {
            for (var importer : importers.entrySet()) {
                String what = file.getKey() + " → " + importer.getKey();
                TranslatedException refused = catchThrowableOfType(
                        TranslatedException.class,
                        () -> importer.getValue().accept(new ByteArrayInputStream(file.getValue())));
                assertThat(refused).as(what).isNotNull();
                assertTranslated(refused, what);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_file_with_the_right_columns_and_wrong_values_names_the_line_that_failed() throws IOException {
        Map<String, Consumer<InputStream>> own = Map.of(
                "wrong-types-organizations.csv", organizations::importCsv,
                "wrong-types-participants.csv", in -> participants.importCsv(review, in),
                "wrong-types-programme.csv", in -> agenda.importCsv(review, ZoneId.of("Asia/Karachi"), in),
                "wrong-types-indicators.csv", in -> indicators.importCsv(review, in),
                "wrong-types-finances.csv", in -> finances.importReport(review, in));
        for (var entry : own.entrySet()) {
            byte[] bytes = Files.readAllBytes(CORPUS.resolve("imports").resolve(entry.getKey()));
            CsvImportException refused = catchThrowableOfType(
                    CsvImportException.class, () -> entry.getValue().accept(new ByteArrayInputStream(bytes)));
            assertThat(refused).as(entry.getKey()).isNotNull();
            assertThat(refused.line()).as(entry.getKey()).isEqualTo(2);
        }
    }

    @Test
    void every_bad_upload_is_refused_everywhere_with_a_translated_message_and_no_file_is_left_behind()
            throws IOException {
        long site = jdbc.queryForObject("select min(id) from visit_site", Long.class);
        long obligation = jdbc.queryForObject("select min(id) from obligation", Long.class);
        Map<String, byte[]> files = files(CORPUS.resolve("uploads"));
        byte[] tooLarge = new byte[26 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        files.put("too-large.pdf", tooLarge);
        String before = fingerprint();

        for (var file : files.entrySet()) {
            Map<String, Runnable> uploads = new LinkedHashMap<>();
            uploads.put(
                    "document library",
                    () -> documents.upload(review, "Annex", DocumentCategory.OTHER, file.getKey(), file.getValue()));
            uploads.put("site photo", () -> visits.addPhoto(site, file.getValue(), false, false));
            uploads.put(
                    "what is owed",
                    () -> obligations.submitFile(obligation, SubmissionKind.DOCUMENT, file.getKey(), file.getValue()));
            uploads.put("written input", () -> {
                signInAs("contributor", Role.CONTRIBUTOR);
                try {
                    // A good attachment first: it is stored, then must go again when the bad one is refused.
                    inputs.submit(
                            input("Attachments"),
                            List.of(
                                    new InputService.Attachment(
                                            "good.txt", "Teacher deployment data".getBytes(StandardCharsets.UTF_8)),
                                    new InputService.Attachment(file.getKey(), file.getValue())));
                } finally {
                    signInAs("admin", Role.ADMIN);
                }
            });
            for (var upload : uploads.entrySet()) {
                String what = file.getKey() + " → " + upload.getKey();
                TranslatedException refused = catchThrowableOfType(TranslatedException.class, upload.getValue()::run);
                assertThat(refused).as(what).isNotNull();
                assertTranslated(refused, what);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_pixel_bomb_is_refused_from_its_header_before_a_pixel_is_decoded() throws IOException {
        long site = jdbc.queryForObject("select min(id) from visit_site", Long.class);
        Files.createDirectories(GENERATED);
        Map<String, byte[]> bombs =
                Map.of("pixel-bomb.png", pngOf(10_000, 10_000), "pixel-bomb.jpg", jpegClaiming(10_000, 10_000));
        String before = fingerprint();
        for (var bomb : bombs.entrySet()) {
            Files.write(GENERATED.resolve(bomb.getKey()), bomb.getValue());
            assertThat(bomb.getValue().length).as(bomb.getKey()).isLessThan(100_000);
            TranslatedException refused = catchThrowableOfType(
                    TranslatedException.class, () -> visits.addPhoto(site, bomb.getValue(), false, false));
            assertThat(refused).as(bomb.getKey()).isNotNull();
            assertThat(refused.key()).as(bomb.getKey()).isEqualTo("photo.error.too-many-pixels");
            assertTranslated(refused, bomb.getKey());
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** A black-and-white PNG of the given size: 12 MB of pixels that deflate to a few kilobytes. */
    private static byte[] pngOf(int width, int height) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 1)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", raw.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(type.getBytes(StandardCharsets.US_ASCII));
        png.write(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A small real JPEG whose frame header then claims the given size. */
    private static byte[] jpegClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", out);
        byte[] jpeg = out.toByteArray();
        for (int i = 0; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new AssertionError("no frame header");
    }

    @Test
    void control_characters_bidi_overrides_and_overlong_text_are_refused_while_urdu_and_emoji_come_back_exactly()
            throws IOException {
        AgendaSession session = agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals("Working group: Access & Equity (continued)"))
                .findFirst()
                .orElseThrow();
        long aideMemoire = aideMemoires.find(review).orElseThrow().getId();
        Map<String, Consumer<String>> fields = new LinkedHashMap<>();
        fields.put(
                "notes",
                text -> notes.save(
                        session.getId(),
                        NotesField.SUMMARY,
                        text,
                        notes.find(session.getId()).map(n -> n.getVersion()).orElse(-1L)));
        fields.put(
                "recommendation",
                text -> recommendations.propose(
                        recommendation(text), new RecommendationSource(SourceKind.PLENARY, null, "Plenary")));
        fields.put("aide-memoire section", text -> aideMemoires.edit(aideMemoire, SectionKey.INTRODUCTION, text));
        fields.put("session title", text -> {
            AgendaSession fresh = agenda.session(session.getId()).orElseThrow();
            fresh.setTitle(text);
            agenda.save(fresh);
        });
        fields.put("written input", text -> {
            signInAs("contributor", Role.CONTRIBUTOR);
            try {
                StakeholderInput draft = input("Input");
                draft.setBody(text);
                inputs.submit(draft, List.of());
            } finally {
                signInAs("admin", Role.ADMIN);
            }
        });
        fields.put(
                "announcement",
                text -> live.announce(
                        review,
                        text,
                        org.jesr.desk.agenda.Announcement.Severity.INFO,
                        java.time.Duration.ofMinutes(30)));
        Map<String, String> bad = new TreeMap<>();
        bad.put("control characters", Files.readString(CORPUS.resolve("text/control-characters.txt")));
        bad.put("bidi override", Files.readString(CORPUS.resolve("text/bidi-override.txt")));
        bad.put("overlong", "Enrolment data. ".repeat(20_000));
        String before = fingerprint();

        for (var field : fields.entrySet()) {
            for (var text : bad.entrySet()) {
                String what = text.getKey() + " → " + field.getKey();
                TranslatedException refused = catchThrowableOfType(
                        TranslatedException.class, () -> field.getValue().accept(text.getValue()));
                assertThat(refused).as(what).isNotNull();
                assertTranslated(refused, what);
            }
        }
        // Texts no service checks itself meet the same rules when they are stored (overlong ones meet their columns'
        // limits).
        Map<String, Consumer<String>> stored = new LinkedHashMap<>();
        stored.put("room name", text -> {
            org.jesr.desk.agenda.Room room = new org.jesr.desk.agenda.Room();
            room.setReviewId(review);
            room.setName(text);
            agenda.saveRoom(room);
        });
        stored.put("organization name", text -> {
            org.jesr.desk.participant.Organization organization = new org.jesr.desk.participant.Organization();
            organization.setName(text);
            organization.setConstituency(org.jesr.desk.participant.Constituency.CIVIL_SOCIETY);
            organizations.save(organization);
        });
        for (var field : stored.entrySet()) {
            for (String kind : List.of("control characters", "bidi override")) {
                String what = kind + " → " + field.getKey();
                RuntimeException refused = catchThrowableOfType(
                        RuntimeException.class, () -> field.getValue().accept(bad.get(kind)));
                assertThat(refused).as(what).isNotNull();
                assertTranslated(translatedCause(refused), what);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);

        String urdu = Files.readString(CORPUS.resolve("text/urdu.txt"));
        String emoji = Files.readString(CORPUS.resolve("text/emoji.txt"));
        fields.get("notes").accept(urdu + "\n" + emoji);
        assertThat(notes.find(session.getId()).orElseThrow().text(NotesField.SUMMARY))
                .isEqualTo(urdu + "\n" + emoji);
        fields.get("aide-memoire section").accept(urdu);
        assertThat(aideMemoires.sections(aideMemoire).stream()
                        .filter(s -> s.getKey() == SectionKey.INTRODUCTION)
                        .findFirst()
                        .orElseThrow()
                        .text())
                .isEqualTo(urdu);
        assertThat(recommendations
                        .propose(recommendation(emoji), new RecommendationSource(SourceKind.PLENARY, null, "Plenary"))
                        .getText())
                .isEqualTo(emoji);
    }

    private Recommendation recommendation(String text) {
        Recommendation draft = new Recommendation();
        draft.setReviewId(review);
        draft.setText(text);
        draft.setResponsibleBody("SELD");
        return draft;
    }

    private StakeholderInput input(String title) {
        StakeholderInput draft = new StakeholderInput();
        draft.setReviewId(review);
        draft.setTitle(title);
        draft.setBody("Please consider the attached.");
        return draft;
    }

    private static TranslatedException translatedCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TranslatedException translated) {
                return translated;
            }
        }
        throw new AssertionError("not a translated refusal", error);
    }

    /** The message key exists in both languages, with its arguments filled in. */
    private static void assertTranslated(TranslatedException refused, String what) {
        for (String bundle : List.of("translations.properties", "translations_fr.properties")) {
            Properties texts = new Properties();
            try (InputStream in = BadInputIT.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(texts.getProperty(refused.key()))
                    .as(what + " (" + refused.key() + ") in " + bundle)
                    .isNotBlank();
        }
    }

    /** Row counts of every table and the list of every file in the data folder's uploads. */
    private String fingerprint() throws IOException {
        StringBuilder print = new StringBuilder();
        for (String table : dataTables(jdbc)) {
            print.append(table)
                    .append('=')
                    .append(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .append('\n');
        }
        Path uploads = Path.of(dataDir, "uploads");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> walk = Files.walk(uploads)) {
                walk.filter(Files::isRegularFile)
                        .map(Path::toString)
                        .sorted()
                        .forEach(f -> print.append(f).append('\n'));
            }
        }
        return print.toString();
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The corpus files too big for Git, made the same way every run and kept in target/bad-input. */
    private static Map<String, byte[]> generatedImports() throws IOException {
        Files.createDirectories(GENERATED);
        StringBuilder rows = new StringBuilder("name,acronym,constituency,organization,email,date,start,end,title,type,"
                + "code,unit,year,kind,value,section,label,planned,actual\n");
        for (int i = 1; i <= 50_000; i++) {
            rows.append("Organisation ")
                    .append(i)
                    .append(",O")
                    .append(i)
                    .append(",CIVIL_SOCIETY,SELD,person")
                    .append(i)
                    .append("@example.org,2026-12-07,09:00,10:00,Session ")
                    .append(i)
                    .append(",PLENARY,X")
                    .append(i)
                    .append(",%,2024,ACTUAL,")
                    .append(i % 100)
                    .append(",SPENDING,Line ")
                    .append(i)
                    .append(",100,90\n");
        }
        Files.writeString(GENERATED.resolve("fifty-thousand-rows.csv"), rows);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Files.write(GENERATED.resolve("zip-bomb.xlsx"), bomb.toByteArray());
        Map<String, byte[]> generated = new TreeMap<>();
        generated.put("fifty-thousand-rows.csv", Files.readAllBytes(GENERATED.resolve("fifty-thousand-rows.csv")));
        generated.put("zip-bomb.xlsx", bomb.toByteArray());
        return generated;
    }
}
