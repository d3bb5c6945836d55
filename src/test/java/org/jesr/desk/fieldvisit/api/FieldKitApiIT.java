package org.jesr.desk.fieldvisit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.fieldvisit.ChecklistService;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.fieldvisit.Question;
import org.jesr.desk.fieldvisit.QuestionType;
import org.jesr.desk.fieldvisit.Site;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field kit's API through the app's real security filters (session sign-in, CSRF), services and
 * database. Every refusal is translated in the language asked for and changes nothing.
 */
class FieldKitApiIT extends IntegrationTest {

    private static final String VISIT = "Field visit: schools in Thatta District";
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @Autowired
    WebApplicationContext web;

    @Autowired
    AgendaService agenda;

    @Autowired
    FieldVisitService visits;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ParticipantService participants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    MockMvc mvc;
    long review;
    long visitId;
    MockHttpSession rapporteur;
    String csrf = "";

    @BeforeEach
    void theRapporteurJoinsTheThattaTeam() throws Exception {
        review = sampleReviewAsOrganizer();
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        AgendaSession thatta = agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals(VISIT))
                .findFirst()
                .orElseThrow();
        long imran = participants.refs(review).stream()
                .filter(p -> p.name().equals("Imran Soomro"))
                .mapToLong(ParticipantRef::id)
                .findFirst()
                .orElseThrow();
        var people = new java.util.HashSet<>(thatta.getPeople());
        people.add(new SessionPerson(imran, PersonRole.MEMBER));
        thatta.setPeople(people);
        agenda.save(thatta);
        visitId = visits.forSession(thatta.id()).id();
        rapporteur = new MockHttpSession();
        csrf = json.readTree(call(get("/api/v1/session"), rapporteur, "rapporteur", Role.RAPPORTEUR)
                        .getContentAsString())
                .get("csrfToken")
                .asString();
    }

    @Test
    void a_team_member_takes_the_visit_offline_with_its_checklist_sites_and_team() throws Exception {
        JsonNode offered = ok(get("/api/v1/field-visits"));
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).get("visitId").asLong()).isEqualTo(visitId);

        JsonNode visit = ok(get("/api/v1/field-visits/" + visitId));

        assertThat(visit.get("title").asString()).isEqualTo(VISIT);
        assertThat(visit.get("zone").asString())
                .as("times shown as at the venue")
                .isEqualTo("Asia/Karachi");
        assertThat(visit.get("checklistRevision").asInt()).isEqualTo(1);
        assertThat(visit.get("checklists").get(0).get("questions")).hasSize(6);
        assertThat(visit.get("checklists")
                        .get(0)
                        .get("questions")
                        .get(2)
                        .get("label")
                        .get("fr")
                        .asString())
                .isEqualTo("Latrines séparées pour les filles");
        assertThat(visit.get("sites")).hasSize(2);
        assertThat(visit.get("sites")
                        .get(0)
                        .get("site")
                        .get("answers")
                        .get("girls-toilets")
                        .asString())
                .isEqualTo("false");
        assertThat(visit.get("team").toString()).contains("Imran Soomro");
    }

    @Test
    void a_site_sent_twice_is_stored_once() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = sitePut(null, "Government Primary School Jhimpir", Map.of("girls-toilets", "true"));

        JsonNode first =
                ok(put("/api/v1/field-visits/" + visitId + "/sites/" + key).content(body));
        JsonNode again =
                ok(put("/api/v1/field-visits/" + visitId + "/sites/" + key).content(body));

        assertThat(first.get("outcome").asString()).isEqualTo("STORED");
        assertThat(again.get("outcome").asString()).isEqualTo("ALREADY_STORED");
        assertThat(jdbc.queryForObject("select count(*) from visit_site where device_id = ?", Long.class, key))
                .isEqualTo(1);
    }

    @Test
    void a_site_changed_on_the_server_since_the_download_comes_back_to_merge_and_is_not_overwritten() throws Exception {
        JsonNode downloaded =
                ok(get("/api/v1/field-visits/" + visitId)).get("sites").get(0);
        String key = downloaded.get("key").asString();
        long base = downloaded.get("version").asLong();
        signInAs("organizer", Role.ORGANIZER);
        Site onServer = visits.sites(visitId).getFirst();
        onServer.setNotes("Organizer: the repair list reached SELD on Monday.");
        visits.saveSite(onServer);

        MockHttpServletResponse conflict = call(
                put("/api/v1/field-visits/" + visitId + "/sites/" + key)
                        .content(sitePut(base, "Government Girls Primary School Makli", Map.of())),
                rapporteur,
                "rapporteur",
                Role.RAPPORTEUR);

        assertThat(conflict.getStatus()).isEqualTo(409);
        JsonNode server = json.readTree(conflict.getContentAsString());
        assertThat(server.get("outcome").asString()).isEqualTo("CONFLICT");
        assertThat(server.get("site").get("site").get("notes").asString()).contains("reached SELD");
        signInAs("organizer", Role.ORGANIZER);
        assertThat(visits.sites(visitId).getFirst().getNotes()).contains("reached SELD");

        // Merged on the kit, sent against the server's version: stored.
        JsonNode merged = ok(put("/api/v1/field-visits/" + visitId + "/sites/" + key)
                .content(sitePut(
                        server.get("site").get("version").asLong(),
                        "Government Girls Primary School Makli",
                        Map.of())));
        assertThat(merged.get("outcome").asString()).isEqualTo("STORED");
    }

    @Test
    void a_photo_cut_off_halfway_goes_on_from_where_it_stopped_and_is_stored_once() throws Exception {
        String site = newSite();
        byte[] photo = jpeg(900, 600);
        String id = UUID.randomUUID().toString();
        int half = photo.length / 2;
        String parts = "/api/v1/field-visits/" + visitId + "/sites/" + site + "/photos/" + id;

        ok(part(parts, 0, photo.length, Arrays.copyOfRange(photo, 0, half)));
        // The link drops; the kit sends the first part again, unaware that it arrived.
        MockHttpServletResponse outOfStep = call(
                part(parts, 0, photo.length, Arrays.copyOfRange(photo, 0, half)),
                rapporteur,
                "rapporteur",
                Role.RAPPORTEUR);
        assertThat(outOfStep.getStatus()).isEqualTo(409);
        assertThat(json.readTree(outOfStep.getContentAsString()).get("received").asLong())
                .isEqualTo(half);
        assertThat(ok(get("/api/v1/photos/" + id)).get("received").asLong()).isEqualTo(half);
        assertThat(photoRows()).as("no half photo").isZero();

        ok(part(parts, half, photo.length, Arrays.copyOfRange(photo, half, photo.length)));
        String done = "{\"total\":" + photo.length + ",\"childrenVisible\":false,\"consentGiven\":false}";
        long stored = ok(post(parts + "/complete").content(done)).get("id").asLong();
        long again = ok(post(parts + "/complete").content(done)).get("id").asLong();

        assertThat(again).isEqualTo(stored);
        assertThat(photoRows()).isEqualTo(1);
        assertThat(ok(get("/api/v1/photos/" + id)).get("stored").asBoolean()).isTrue();
    }

    @Test
    void a_record_keeps_the_checklist_revision_it_was_made_with() throws Exception {
        signInAs("organizer", Role.ORGANIZER);
        List<Question> edited =
                new java.util.ArrayList<>(checklists.current(review).questions());
        edited.removeIf(q -> q.code().equals("textbooks"));
        edited.add(new Question(
                "classrooms-usable",
                QuestionType.NUMBER,
                true,
                Map.of("en", "Classrooms in use", "fr", "Salles de classe utilisables"),
                Map.of(),
                List.of()));
        checklists.save(review, 1, edited);

        String older = UUID.randomUUID().toString();
        JsonNode made = ok(put("/api/v1/field-visits/" + visitId + "/sites/" + older)
                .content(sitePut(null, "School seen with the old list", Map.of("textbooks", "true"), 1)));
        String newer = UUID.randomUUID().toString();
        ok(put("/api/v1/field-visits/" + visitId + "/sites/" + newer)
                .content(sitePut(null, "School seen with the new list", Map.of("classrooms-usable", "4"), 2)));

        assertThat(made.get("site").get("site").get("checklistRevision").asInt())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select checklist_revision from visit_site where device_id = ?", Integer.class, older))
                .isEqualTo(1);
        JsonNode visit = ok(get("/api/v1/field-visits/" + visitId));
        assertThat(visit.get("checklistRevision").asInt()).isEqualTo(2);
        assertThat(visit.get("checklists")).hasSize(2);
    }

    @Test
    void every_refusal_is_translated_and_changes_nothing() throws Exception {
        String site = newSite();
        String fingerprint = fingerprint();
        for (String language : List.of("en", "fr")) {
            // Built again for each language: a refused photo leaves no parts behind to refuse twice.
            for (var refusal : refusals(site).entrySet()) {
                MockHttpServletResponse answer = call(
                        refusal.getValue().request().header("Accept-Language", language),
                        rapporteur,
                        "rapporteur",
                        Role.RAPPORTEUR);
                assertThat(answer.getStatus())
                        .as(refusal.getKey())
                        .isEqualTo(refusal.getValue().status());
                assertTranslated(answer, refusal.getValue().code(), language, refusal.getKey());
            }
        }
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    private Map<String, Refusal> refusals(String site) throws Exception {
        String sites = "/api/v1/field-visits/" + visitId + "/sites/";
        String photos = sites + site + "/photos/";
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        refusals.put(
                "a wrong visit",
                new Refusal(
                        put("/api/v1/field-visits/999999/sites/" + UUID.randomUUID())
                                .content(sitePut(null, "X", Map.of())),
                        404,
                        "error.not-found"));
        refusals.put(
                "a stale checklist revision",
                new Refusal(
                        put(sites + UUID.randomUUID()).content(sitePut(null, "School", Map.of("water", "true"), 7)),
                        422,
                        "checklist.error.unknown-revision"));
        refusals.put(
                "an answer the revision does not ask",
                new Refusal(
                        put(sites + UUID.randomUUID()).content(sitePut(null, "School", Map.of("library", "true"))),
                        422,
                        "checklist.error.unknown-question"));
        refusals.put(
                "an answer of the wrong kind",
                new Refusal(
                        put(sites + UUID.randomUUID()).content(sitePut(null, "School", Map.of("water", "perhaps"))),
                        422,
                        "checklist.error.answer"));
        refusals.put(
                "someone else's outbox",
                new Refusal(
                        put(sites + UUID.randomUUID())
                                .content(
                                        sitePut(null, "School", Map.of()).replace("\"rapporteur\"", "\"contributor\"")),
                        409,
                        "kit.error.other-person"));
        refusals.put(
                "unreadable JSON",
                new Refusal(put(sites + UUID.randomUUID()).content("{\"site\": ["), 400, "kit.error.bad-request"));
        String text = UUID.randomUUID().toString();
        byte[] notAnImage = "Just some words, not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refusals.put(
                "a bad type",
                new Refusal(completed(photos, text, notAnImage, false, false), 422, "photo.error.not-an-image"));
        refusals.put(
                "missing consent",
                new Refusal(
                        completed(photos, UUID.randomUUID().toString(), jpeg(60, 40), true, false),
                        422,
                        "photo.error.consent-required"));
        refusals.put(
                "an oversize photo",
                new Refusal(
                        part(photos + UUID.randomUUID(), 0, 11L * 1024 * 1024, new byte[1024]),
                        413,
                        "photo.error.too-large"));
        refusals.put(
                "an oversize part",
                new Refusal(
                        part(photos + UUID.randomUUID(), 0, 2L * 1024 * 1024, new byte[600 * 1024]),
                        413,
                        "kit.error.part-too-large"));
        refusals.put(
                "a photo id not made on a device",
                new Refusal(part(photos + "not-a-device-id", 0, 10, new byte[10]), 422, "kit.error.device-id"));

        return refusals;
    }

    @Test
    void the_team_alone_signed_in_and_with_the_session_token_may_send() throws Exception {
        String fingerprint = fingerprint();
        String body = sitePut(null, "School", Map.of()).replace("\"rapporteur\"", "\"contributor\"");

        MockHttpSession contributor = new MockHttpSession();
        String token = json.readTree(call(get("/api/v1/session"), contributor, "contributor", Role.CONTRIBUTOR)
                        .getContentAsString())
                .get("csrfToken")
                .asString();
        for (String language : List.of("en", "fr")) {
            MockHttpServletResponse notOnTeam = mvc.perform(
                            put("/api/v1/field-visits/" + visitId + "/sites/" + UUID.randomUUID())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body)
                                    .session(contributor)
                                    .header("X-CSRF-TOKEN", token)
                                    .header("Accept-Language", language)
                                    .with(user("contributor").roles("CONTRIBUTOR")))
                    .andReturn()
                    .getResponse();
            assertThat(notOnTeam.getStatus()).isEqualTo(403);
            assertTranslated(notOnTeam, "kit.error.not-on-team", language, "not on the team");

            MockHttpServletResponse noToken = mvc.perform(
                            put("/api/v1/field-visits/" + visitId + "/sites/" + UUID.randomUUID())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(sitePut(null, "School", Map.of()))
                                    .session(rapporteur)
                                    .header("Accept-Language", language)
                                    .with(user("rapporteur").roles("RAPPORTEUR")))
                    .andReturn()
                    .getResponse();
            assertThat(noToken.getStatus()).isEqualTo(403);
            assertTranslated(noToken, "kit.error.csrf", language, "no CSRF token");

            MockHttpServletResponse signedOut = mvc.perform(
                            get("/api/v1/field-visits/" + visitId).header("Accept-Language", language))
                    .andReturn()
                    .getResponse();
            assertThat(signedOut.getStatus()).isEqualTo(401);
            assertTranslated(signedOut, "kit.error.sign-in", language, "signed out");
        }
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void the_bad_input_corpus_is_refused_with_a_translated_message_or_kept_exactly() throws Exception {
        String site = newSite();
        String photos = "/api/v1/field-visits/" + visitId + "/sites/" + site + "/photos/";
        String fingerprint = fingerprint();
        try (Stream<Path> uploads = Files.list(CORPUS.resolve("uploads"))) {
            for (Path file : uploads.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                MockHttpServletResponse answer = call(
                        completed(photos, UUID.randomUUID().toString(), bytes, false, false),
                        rapporteur,
                        "rapporteur",
                        Role.RAPPORTEUR);
                assertThat(answer.getStatus()).as(file.toString()).isEqualTo(422);
                assertTranslated(
                        answer,
                        json.readTree(answer.getContentAsString()).get("code").asString(),
                        "en",
                        file.toString());
            }
        }
        for (String refused : List.of("control-characters.txt", "bidi-override.txt")) {
            String text = Files.readString(CORPUS.resolve("text").resolve(refused));
            MockHttpServletResponse answer = call(
                    put("/api/v1/field-visits/" + visitId + "/sites/" + UUID.randomUUID())
                            .content(sitePutWithNotes("School", text))
                            .header("Accept-Language", "fr"),
                    rapporteur,
                    "rapporteur",
                    Role.RAPPORTEUR);
            assertThat(answer.getStatus()).as(refused).isEqualTo(422);
            assertTranslated(answer, "validation.control-characters", "fr", refused);
        }
        assertThat(fingerprint()).isEqualTo(fingerprint);
        for (String kept : List.of("urdu.txt", "emoji.txt")) {
            String text = Files.readString(CORPUS.resolve("text").resolve(kept)).strip();
            String key = UUID.randomUUID().toString();
            ok(put("/api/v1/field-visits/" + visitId + "/sites/" + key).content(sitePutWithNotes("School", text)));
            assertThat(jdbc.queryForObject("select notes from visit_site where device_id = ?", String.class, key))
                    .isEqualTo(text);
        }
    }

    private record Refusal(MockHttpServletRequestBuilder request, int status, String code) {}

    private MockHttpServletRequestBuilder completed(
            String photos, String id, byte[] bytes, boolean children, boolean consent) throws Exception {
        ok(part(photos + id, 0, bytes.length, bytes));
        return post(photos + id + "/complete")
                .content("{\"total\":" + bytes.length + ",\"childrenVisible\":" + children + ",\"consentGiven\":"
                        + consent + "}");
    }

    private String newSite() throws Exception {
        String key = UUID.randomUUID().toString();
        ok(put("/api/v1/field-visits/" + visitId + "/sites/" + key).content(sitePut(null, "Site " + key, Map.of())));
        return key;
    }

    private String sitePut(Long base, String name, Map<String, String> answers) {
        return sitePut(base, name, answers, 1);
    }

    private String sitePut(Long base, String name, Map<String, String> answers, int revision) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", name);
        site.put("kind", "SCHOOL");
        site.put("district", "Thatta");
        site.put("latitude", 24.74);
        site.put("longitude", 67.92);
        site.put("positionAccuracy", 12.5);
        site.put("observedAt", "2026-12-08T05:10:00Z");
        site.put("checklistRevision", revision);
        site.put("answers", answers);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseVersion", base);
        body.put("recordedBy", "rapporteur");
        body.put("site", site);
        return json.writeValueAsString(body);
    }

    private String sitePutWithNotes(String name, String notes) {
        JsonNode body = json.readTree(sitePut(null, name, Map.of()));
        ((tools.jackson.databind.node.ObjectNode) body.get("site")).put("notes", notes);
        return body.toString();
    }

    private MockHttpServletRequestBuilder part(String photo, long offset, long total, byte[] bytes) {
        return put(photo)
                .param("offset", Long.toString(offset))
                .param("total", Long.toString(total))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(bytes);
    }

    private JsonNode ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = call(request, rapporteur, "rapporteur", Role.RAPPORTEUR);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    /** As the kit calls: the member's session, its CSRF token, JSON unless it sends bytes. */
    private MockHttpServletResponse call(
            MockHttpServletRequestBuilder request, MockHttpSession session, String username, Role role)
            throws Exception {
        RequestBuilder built = request.session(session)
                .header("X-CSRF-TOKEN", csrf)
                .with(r -> {
                    if (r.getContentType() == null) {
                        r.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    }
                    return r;
                })
                .with(user(username).roles(role.name()));
        return mvc.perform(built).andReturn().getResponse();
    }

    private void assertTranslated(MockHttpServletResponse answer, String code, String language, String what)
            throws Exception {
        JsonNode body = json.readTree(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(body.get("code").asString()).as(what).isEqualTo(code);
        String message = body.get("message").asString();
        assertThat(message).as(what).isNotBlank().isNotEqualTo(code).doesNotContain("{0}");
        if (language.equals("fr")) {
            assertThat(message).as(what + " in French").matches("(?s).*([éèàùâêîôç’«]|\\b(la|le|les|de|du|des)\\b).*");
        }
    }

    private long photoRows() {
        return jdbc.queryForObject("select count(*) from visit_photo", Long.class);
    }

    private String fingerprint() {
        StringBuilder print = new StringBuilder();
        for (String table : dataTables(jdbc)) {
            print.append(table)
                    .append('=')
                    .append(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .append('\n');
        }
        print.append(jdbc.queryForList("select id, version, answers, notes from visit_site order by id"));
        return print.toString();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
