package org.jesr.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ExchangeIT extends IntegrationTest {

    static final LocalDate DAY_ONE = LocalDate.of(2026, 12, 7);
    static final LocalDate DAY_TWO = LocalDate.of(2026, 12, 8);

    @Autowired
    DelegationService delegations;

    @Autowired
    DebriefService debriefs;

    @Autowired
    SideMeetingService sideMeetings;

    @Autowired
    ImprovementPlanService plans;

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    long reviewId;
    Delegation senegal;
    Delegation nepal;

    @BeforeEach
    void sample() {
        reviewId = fullSampleReviewAsOrganizer();
        senegal = delegations.delegations(reviewId).stream()
                .filter(d -> d.getCountry().equals("SN"))
                .findFirst()
                .orElseThrow();
        nepal = delegations.delegations(reviewId).stream()
                .filter(d -> d.getCountry().equals("NP"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_delegation_cannot_read_another_s_unshared_debrief_and_organizers_only_see_what_was_shared() {
        signInAs("observer", Role.OBSERVER);
        assertThat(debriefs.debriefs(senegal.getId()))
                .extracting(Debrief::getDay)
                .containsExactly(DAY_ONE, DAY_TWO);
        assertThat(debriefs.debriefs(nepal.getId())).isEmpty();
        assertThatThrownBy(() -> debriefs.debrief(nepal.getId(), DAY_ONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> debriefs.save(nepal.getId(), DAY_ONE, Debrief.Field.OBSERVED, "overwritten", 0))
                .isInstanceOf(AccessDeniedException.class);

        // An organizer outside the secretariat (the admin has no participant record in the secretariat).
        signInAs("admin", Role.ADMIN);
        assertThat(debriefs.debriefs(senegal.getId()))
                .extracting(Debrief::getDay)
                .containsExactly(DAY_ONE);
        assertThat(debriefs.debriefs(nepal.getId())).isEmpty();
        assertThatThrownBy(() -> debriefs.debrief(senegal.getId(), DAY_TWO)).isInstanceOf(AccessDeniedException.class);

        // The head of the secretariat sees the private debriefs too.
        signInAs("organizer", Role.ORGANIZER);
        assertThat(debriefs.debriefs(nepal.getId()))
                .singleElement()
                .satisfies(d ->
                        assertThat(d.text(Debrief.Field.QUESTIONS)).startsWith("Who prepares the financial report"));

        signInAs("contributor", Role.CONTRIBUTOR);
        assertThat(debriefs.debriefs(senegal.getId())).isEmpty();
        assertThat(debriefs.feedback(senegal.getId())).isEmpty();
    }

    @Test
    void an_accepted_side_meeting_becomes_a_restricted_session_only_the_people_involved_see() {
        SideMeetingRequest accepted = sideMeetings.requests(reviewId).stream()
                .filter(r -> r.getStatus() == RequestStatus.ACCEPTED)
                .findFirst()
                .orElseThrow();
        AgendaSession session = agenda.session(accepted.getSessionId()).orElseThrow();
        assertThat(session.getType()).isEqualTo(SessionType.SIDE_MEETING);
        assertThat(session.getVisibility()).isEqualTo(Visibility.RESTRICTED);

        signInAs("observer", Role.OBSERVER);
        assertThat(visibleSessions()).contains(session.getTitle());
        assertThat(sideMeetings.requests(reviewId)).allMatch(r -> r.getDelegationId() == senegal.getId());

        signInAs("delegate", Role.OBSERVER);
        assertThat(visibleSessions()).doesNotContain(session.getTitle());
        assertThat(sideMeetings.requests(reviewId))
                .extracting(SideMeetingRequest::getStatus)
                .containsExactlyInAnyOrder(RequestStatus.DECLINED, RequestStatus.REQUESTED);
        assertThat(sideMeetings.requests(reviewId))
                .filteredOn(r -> r.getStatus() == RequestStatus.DECLINED)
                .singleElement()
                .satisfies(r -> assertThat(r.getDeclineReason()).contains("video call"));
        assertThatThrownBy(() -> sideMeetings.decline(accepted.getId(), "no"))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("rapporteur", Role.RAPPORTEUR);
        assertThat(visibleSessions()).doesNotContain(session.getTitle());
    }

    @Test
    void an_observer_s_agenda_highlights_the_sessions_serving_their_objectives() {
        signInAs("observer", Role.OBSERVER);
        var zone = reviews.find(reviewId).orElseThrow().zone();
        List<AgendaSession> highlighted = agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .filter(s -> delegations.highlightedSessions(reviewId).contains(s.getId()))
                .toList();

        assertThat(highlighted)
                .extracting(AgendaSession::getTitle)
                .contains(
                        "Working group: Access & Equity",
                        "Working group: Quality & Learning",
                        "Field visit: schools in Thatta District")
                .doesNotContain("Lunch", "Working group: Governance, Management & Financing");
    }

    @Test
    void organizers_see_shared_feedback_together_and_the_improvement_plan_reads_back_in_french() throws Exception {
        assertThat(debriefs.sharedFeedback(reviewId))
                .singleElement()
                .satisfies(f -> assertThat(f.getTakeHome()).contains("Chaque constat cite un indicateur"));

        signInAs("observer", Role.OBSERVER);
        byte[] pdf = plans.pdf(senegal.getId());
        String text;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            text = PdfTextExtractor.getTextFromPage(document.getPage(1), new SimpleTextExtractionStrategy())
                    .replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Plan d’amélioration de la revue sectorielle conjointe — Sénégal",
                        "Responsable",
                        "Calendrier",
                        "Faire citer un indicateur du plan sectoriel par chaque constat",
                        "Direction de la planification");
        assertThatThrownBy(() -> plans.pdf(nepal.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> visibleSessions() {
        var zone = reviews.find(reviewId).orElseThrow().zone();
        return agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .map(AgendaSession::getTitle)
                .toList();
    }
}
