package org.jesr.desk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.VeraPdf;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AgendaServicesIT extends IntegrationTest {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    LiveControlService live;

    @Autowired
    CalendarService calendars;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AgendaPrintService print;

    @Autowired
    ParticipantService participants;

    Review review;

    @BeforeEach
    void sampleReview() {
        review = reviews.find(sampleReviewAsOrganizer()).orElseThrow();
    }

    @Test
    void the_sample_programme_has_three_days_with_parallel_working_groups_and_field_visits() {
        assertThat(agenda.days(review.getId(), KARACHI)).hasSize(3);
        List<AgendaSession> all = all();
        assertThat(all)
                .filteredOn(s -> s.getType() == SessionType.WORKING_GROUP)
                .hasSize(12);
        assertThat(all)
                .filteredOn(s -> s.getType() == SessionType.FIELD_VISIT)
                .hasSize(4)
                .allSatisfy(s -> assertThat(s.hasRole(PersonRole.RAPPORTEUR)).isTrue());
        assertThat(all)
                .filteredOn(s -> s.getType() == SessionType.SIDE_MEETING)
                .allSatisfy(s -> assertThat(s.getVisibility()).isEqualTo(Visibility.RESTRICTED));
    }

    @Test
    void an_observer_is_refused_by_every_agenda_service_that_changes_something() {
        AgendaSession opening = find("Opening plenary");
        signInAs("observer", Role.OBSERVER);

        assertThatThrownBy(() -> agenda.save(opening)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.delete(opening.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.delay(opening.getId(), 15, true, KARACHI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.cancel(opening.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.announce(review.getId(), "x", Announcement.Severity.INFO, Duration.ofMinutes(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.checkIn(opening.getId(), 1L, Attendance.Method.ORGANIZER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_feed_carries_the_time_zone_stable_uids_growing_sequence_and_cancellations() throws Exception {
        AgendaSession opening = find("Opening plenary");
        AgendaSession tea = find("Tea break");

        VEvent before = event(parse(calendars.publicFeed(review.getId()).orElseThrow()), opening.getId());
        live.delay(opening.getId(), 15, true, KARACHI);
        live.cancel(tea.getId());
        String ics = calendars.publicFeed(review.getId()).orElseThrow();
        Calendar after = parse(ics);

        // Pakistan has kept UTC+5 all year since 2009; a stale daylight rule would put every session an hour late.
        assertThat(ics).contains("TZOFFSETTO:+0500").doesNotContain("TZOFFSETTO:+0600");
        assertThat(after.getComponents(Component.VTIMEZONE))
                .singleElement()
                .satisfies(tz -> assertThat(((VTimeZone) tz)
                                .getProperty(Property.TZID)
                                .orElseThrow()
                                .getValue())
                        .isEqualTo("Asia/Karachi"));
        VEvent moved = event(after, opening.getId());
        assertThat(moved.getProperty(Property.UID)).isEqualTo(before.getProperty(Property.UID));
        assertThat(moved.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Asia/Karachi");
        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261207T091500");
        assertThat(seq(moved)).isGreaterThan(seq(before));
        assertThat(moved.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Marquee Hall");
        assertThat(event(after, tea.getId())
                        .getProperty(Property.STATUS)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("CANCELLED");
        assertThat(after.getComponents(Component.VEVENT))
                .noneMatch(e -> summary((VEvent) e).startsWith("Side meeting"));
    }

    @Test
    void a_personal_feed_holds_ones_own_sessions_and_stops_working_when_reset() throws Exception {
        signInAs("observer", Role.OBSERVER);
        String token = calendars.myFeedToken(review.getId());
        Calendar mine = parse(calendars.personalFeed(token).orElseThrow());

        assertThat(mine.getComponents(Component.VEVENT))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(summary((VEvent) e)).containsAnyOf("delegation", "Senegal"));
        String fresh = calendars.resetMyFeedToken(review.getId());
        assertThat(fresh).isNotEqualTo(token);
        assertThat(calendars.personalFeed(token)).isEmpty();
        assertThat(calendars.personalFeed(fresh)).isPresent();
    }

    @Test
    void attendance_counts_each_person_once_and_the_constituencies_add_up_to_the_total() {
        AgendaSession opening = find("Opening plenary");
        AgendaSession group = find("Working group: Access & Equity");
        List<ParticipantRef> people = participants.refs(review.getId());
        List<ParticipantRef> government = people.stream()
                .filter(p -> p.constituency() == Constituency.GOVERNMENT)
                .limit(5)
                .toList();
        List<ParticipantRef> partners = people.stream()
                .filter(p -> p.constituency() == Constituency.DEVELOPMENT_PARTNER)
                .limit(3)
                .toList();
        List<ParticipantRef> civil = people.stream()
                .filter(p -> p.constituency() == Constituency.CIVIL_SOCIETY)
                .limit(2)
                .toList();
        for (ParticipantRef p : concat(government, partners, civil)) {
            attendance.checkIn(opening.getId(), p.id(), Attendance.Method.ORGANIZER);
            attendance.checkIn(opening.getId(), p.id(), Attendance.Method.ORGANIZER);
        }
        attendance.checkIn(group.getId(), government.getFirst().id(), Attendance.Method.WALK_IN);
        attendance.checkIn(group.getId(), partners.getFirst().id(), Attendance.Method.ORGANIZER);

        AttendanceStats session = attendance.forSession(opening.getId());
        AttendanceStats whole = attendance.forReview(review.getId());

        assertThat(session.total()).isEqualTo(10);
        assertThat(session.byConstituency())
                .containsEntry(Constituency.GOVERNMENT, 5L)
                .containsEntry(Constituency.DEVELOPMENT_PARTNER, 3L)
                .containsEntry(Constituency.CIVIL_SOCIETY, 2L);
        assertThat(session.byConstituency().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(session.total());
        assertThat(attendance.forSession(group.getId()).total()).isEqualTo(2);
        assertThat(whole.total()).isEqualTo(10);
        assertThat(whole.byConstituency().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(whole.total());
    }

    @Test
    void start_is_refused_for_a_break_and_on_another_day_and_goes_through_for_a_session_today() {
        AgendaSession tea = find("Tea break");
        AgendaSession notToday = all().stream()
                .filter(s -> s.getType() != SessionType.BREAK)
                .filter(s -> !s.getStart().atZone(KARACHI).toLocalDate().equals(LocalDate.now(clock.withZone(KARACHI))))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> live.start(tea.getId()))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("live.error.start-break"));
        assertThatThrownBy(() -> live.start(notToday.getId()))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("live.error.start-not-today"));
        assertThat(live.startable(notToday, KARACHI)).isFalse();
        assertThat(find("Tea break").getStatus()).isEqualTo(SessionStatus.SCHEDULED);

        AgendaSession now = new AgendaSession();
        now.setReviewId(review.getId());
        now.setTitle("Unplanned briefing");
        now.setType(SessionType.PLENARY);
        now.setStart(clock.instant().plus(Duration.ofMinutes(1)));
        now.setEnd(clock.instant().plus(Duration.ofMinutes(2)));
        // The tests' clock stands at midday in Karachi, so a session a minute from now is today there.
        AgendaSession briefing = agenda.save(now).session();
        assertThat(live.startable(briefing, KARACHI)).isTrue();
        assertThat(live.start(briefing.getId()).getStatus()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void a_participant_checks_in_by_the_sessions_code_once_signed_in() {
        AgendaSession debrief = new AgendaSession();
        debrief.setReviewId(review.getId());
        debrief.setTitle("Visiting delegations: extra debrief");
        debrief.setType(SessionType.DEBRIEF);
        debrief.setStart(clock.instant().minus(Duration.ofMinutes(5)));
        debrief.setEnd(clock.instant().plus(Duration.ofMinutes(40)));
        long id = agenda.save(debrief).session().getId();
        signInAs("observer", Role.OBSERVER);

        attendance.selfCheckIn(id);
        attendance.selfCheckIn(id);

        assertThat(attendance.forSession(id).byConstituency()).containsEntry(Constituency.VISITING_DELEGATION, 1L);
    }

    @Test
    void the_agenda_pdf_has_a_section_per_day_with_its_sessions() throws Exception {
        long started = System.nanoTime();
        byte[] pdf = print.pdf(review, Locale.ENGLISH, (key, args) -> key);
        long millis = (System.nanoTime() - started) / 1_000_000;

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(document.getDefaultPageSize().getWidth()).isBetween(595f, 596f);
            String first = PdfTextExtractor.getTextFromPage(document.getPage(1));
            assertThat(first)
                    .contains("Sindh Joint Education Sector Review 2026")
                    .contains("Monday, December 7, 2026")
                    .contains("Opening plenary")
                    .contains("Marquee Hall");
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(document.getPage(i)));
            }
            assertThat(all).contains("Wednesday, December 9, 2026").contains("Wrap-up plenary");
            // Statuses change live: the page says when they were read.
            assertThat(first).contains("agenda.pdf.as-of");
        }
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1))
                .as("PDF/UA-1 failures")
                .isEmpty();
        Path figures = Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(
                figures.resolve("agenda-pdf.txt"),
                "agenda PDF for the sample: " + pdf.length + " bytes, generated in " + millis
                        + " ms (first call, cold)\n");
    }

    private List<AgendaSession> all() {
        return agenda.sessions(review.getId(), KARACHI, AgendaFilter.day(null));
    }

    private AgendaSession find(String titleStart) {
        return all().stream()
                .filter(s -> s.getTitle().startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    @SafeVarargs
    private static List<ParticipantRef> concat(List<ParticipantRef>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, long sessionId) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID)
                        .orElseThrow()
                        .getValue()
                        .equals("session-" + sessionId + "@jesr-desk"))
                .findFirst()
                .orElseThrow();
    }

    private static int seq(VEvent event) {
        return Integer.parseInt(
                event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).orElseThrow().getValue();
    }
}
