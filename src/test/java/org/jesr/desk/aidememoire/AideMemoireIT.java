package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Attendance;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.AttendanceStats;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AideMemoireIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AgendaService agenda;

    @Autowired
    ParticipantService participants;

    @Autowired
    ReviewService reviews;

    @Autowired
    ConsultationService consultation;

    long reviewId;
    List<AgendaSession> sessions;
    List<ParticipantRef> people;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
        sessions =
                agenda.sessions(reviewId, reviews.find(reviewId).orElseThrow().zone(), AgendaFilter.day(null));
        people = participants.refs(reviewId);
    }

    @Test
    void the_draft_holds_each_agreed_recommendation_once_with_its_responsible_body_and_the_attendance() {
        List<Recommendation> all = recommendations.list(reviewId, RecommendationFilter.all());
        List<Recommendation> agreed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            agreed.add(recommendations.decide(all.get(i * 3).getId(), Consensus.AGREED, null));
        }
        recommendations.decide(all.get(1).getId(), Consensus.DROPPED, null);
        for (int p = 0; p < 7; p++) {
            attendance.checkIn(sessions.get(p % 3).getId(), people.get(p).id(), Attendance.Method.ORGANIZER);
        }

        String draft = String.join(
                "\n",
                section(aideMemoires.create(reviewId), SectionKey.RECOMMENDATIONS)
                        .paragraphs());

        assertThat(section(current(), SectionKey.RECOMMENDATIONS).paragraphs()).hasSize(5);
        for (Recommendation r : agreed) {
            String text = org.jsoup.Jsoup.parse(r.getText()).text();
            assertThat(countOf(org.jsoup.Jsoup.parse(draft).text(), text))
                    .as(r.getText())
                    .isEqualTo(1);
            assertThat(org.jsoup.Jsoup.parse(draft).text()).contains("Responsible: " + r.getResponsibleBody());
        }
        assertThat(org.jsoup.Jsoup.parse(draft).text())
                .doesNotContain(org.jsoup.Jsoup.parse(all.get(1).getText()).text());
        AttendanceStats stats = attendance.forReview(reviewId);
        assertThat(stats.total()).isEqualTo(7);
        assertThat(section(current(), SectionKey.PROCESS).paragraphs())
                .anySatisfy(p -> assertThat(p)
                        .startsWith("7 participants attended at least one session: ")
                        .contains("Government " + stats.byConstituency().get(Constituency.GOVERNMENT)));
    }

    @Test
    void the_matrix_is_numbered_one_to_n_and_a_recommendation_agreed_twice_prints_once() {
        List<Recommendation> all = recommendations.list(reviewId, RecommendationFilter.all());
        Recommendation first = recommendations.decide(all.get(0).getId(), Consensus.AGREED, null);
        recommendations.decide(all.get(3).getId(), Consensus.AGREED, null);
        // A second working group proposed the same recommendation; both were agreed, under two numbers.
        Recommendation again = all.get(6);
        again.setText(first.getText() + "  ");
        recommendations.update(again);
        recommendations.decide(again.getId(), Consensus.AGREED, null);

        AideMemoire aideMemoire = aideMemoires.create(reviewId);
        AideMemoireVersion version = aideMemoires.freeze(aideMemoire.getId());

        assertThat(aideMemoires.tables(version, "en").recommendations())
                .extracting(row -> row.getFirst())
                .containsExactly("1", "2");
        assertThat(section(current(), SectionKey.RECOMMENDATIONS).paragraphs())
                .hasSize(2)
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("<b>1.</b>"),
                        p -> assertThat(p).startsWith("<b>2.</b>"));
    }

    @Test
    void comparing_two_versions_reports_exactly_the_changed_paragraphs() {
        AideMemoire aideMemoire = aideMemoires.create(reviewId);
        aideMemoires.moveTo(aideMemoire.getId(), AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion v1 = aideMemoires.versions(aideMemoire.getId()).getFirst();
        List<String> next =
                new ArrayList<>(section(aideMemoire, SectionKey.NEXT_STEPS).paragraphs());
        next.set(1, "The results will be presented at the <b>ministerial conference</b> in March.");
        next.add("A joint monitoring mission will visit three districts in June.");
        aideMemoires.edit(aideMemoire.getId(), SectionKey.NEXT_STEPS, String.join("\n\n", next));
        AideMemoireVersion v2 = aideMemoires.freeze(aideMemoire.getId());

        List<ParagraphChange> changes = aideMemoires.compare(v1.getId(), v2.getId());

        assertThat(changes).hasSize(2);
        int before = v1.getParagraphs().size();
        int changed = v2.getParagraphs().indexOf(new Paragraph(SectionKey.NEXT_STEPS, next.get(1))) + 1;
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ParagraphChange.Kind.CHANGED);
            assertThat(c.oldNumber()).isEqualTo(changed);
            assertThat(c.newNumber()).isEqualTo(changed);
            assertThat(c.oldHtml()).contains("Inter-Provincial Education Ministerial Conference");
            assertThat(c.newHtml()).contains("<b>ministerial conference</b>");
        });
        assertThat(changes.get(1)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ParagraphChange.Kind.ADDED);
            assertThat(c.newNumber()).isEqualTo(changed + 2);
            assertThat(c.oldNumber()).isNull();
        });
        assertThat(v2.getParagraphs()).hasSize(before + 1);
        assertThat(aideMemoires.compare(v2.getId(), v2.getId())).isEmpty();
    }

    @Test
    void a_final_aide_memoire_cannot_be_changed_even_through_the_service() {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        aideMemoires.moveTo(id, AideMemoireStatus.VALIDATED);
        assertThatThrownBy(() -> aideMemoires.moveTo(id, AideMemoireStatus.FINAL))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-signoff.error.missing"));
        consultation.signOff(id, Constituency.GOVERNMENT, "Secretary, School Education and Literacy Department", null);
        consultation.signOff(id, Constituency.DEVELOPMENT_PARTNER, "Coordinating agency representative", "UNICEF");
        aideMemoires.moveTo(id, AideMemoireStatus.FINAL);
        assertThat(aideMemoires.versions(id))
                .extracting(AideMemoireVersion::getStatus)
                .containsExactly(AideMemoireStatus.IN_CONSULTATION, AideMemoireStatus.FINAL);

        List<Runnable> changes = List.of(
                () -> aideMemoires.edit(id, SectionKey.INTRODUCTION, "Rewritten after signature."),
                () -> aideMemoires.regenerate(id, SectionKey.PROCESS),
                () -> aideMemoires.resolvePending(id, SectionKey.PROCESS, true),
                () -> aideMemoires.freeze(id),
                // The ministerial pack's key messages were the one thing still open to change (issue 20).
                () -> aideMemoires.setKeyMessages(id, "A message added after signature."),
                () -> aideMemoires.moveTo(id, AideMemoireStatus.DRAFT));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run)
                    .isInstanceOfSatisfying(
                            TranslatedException.class, e -> assertThat(e.key()).isEqualTo("aide-memoire.error.final"));
        }
        assertThat(section(current(), SectionKey.INTRODUCTION).getEdited()).isNull();
        assertThat(aideMemoires.versions(id)).hasSize(2);
        assertThat(aideMemoires.findById(id).keyMessages()).isEmpty();
    }

    @Test
    void the_status_moves_only_one_step_forward() {
        long id = aideMemoires.create(reviewId).getId();

        assertThatThrownBy(() -> aideMemoires.moveTo(id, AideMemoireStatus.FINAL))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("aide-memoire.error.transition"));
        assertThat(current().getStatus()).isEqualTo(AideMemoireStatus.DRAFT);
    }

    @Test
    void scripts_and_markup_come_out_inert_from_edits_and_from_the_data() {
        Recommendation r =
                recommendations.list(reviewId, RecommendationFilter.all()).getFirst();
        r.setText("Publish the list <script>alert('x')</script> of <img src=x onerror=alert(1)> schools.");
        recommendations.update(r);
        recommendations.decide(r.getId(), Consensus.AGREED, null);
        long id = aideMemoires.create(reviewId).getId();

        assertThat(section(current(), SectionKey.RECOMMENDATIONS).paragraphs().getFirst())
                .contains("&lt;script&gt;")
                .doesNotContain("<script")
                .doesNotContain("<img");

        Section edited = aideMemoires.edit(
                id,
                SectionKey.INTRODUCTION,
                "<b>Welcome</b><script>alert(1)</script> <a href=\"javascript:alert(1)\" onclick=\"x()\">here</a>\n\n<ul><li>one</li></ul>");
        assertThat(edited.paragraphs()).containsExactly("<b>Welcome</b> here", "<ul><li>one</li></ul>");
    }

    @Test
    void drafting_again_never_silently_drops_a_manual_edit() {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.edit(id, SectionKey.PROCESS, "Our own account of the process.");
        attendance.checkIn(sessions.getFirst().getId(), people.getFirst().id(), Attendance.Method.ORGANIZER);

        Section regenerated = aideMemoires.regenerate(id, SectionKey.PROCESS);
        assertThat(regenerated.text()).isEqualTo("Our own account of the process.");
        assertThat(regenerated.getPending()).contains("1 participant attended");
        assertThat(aideMemoires.pendingChanges(id, SectionKey.PROCESS))
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ParagraphChange.Kind.CHANGED));

        assertThat(aideMemoires.resolvePending(id, SectionKey.PROCESS, false).text())
                .isEqualTo("Our own account of the process.");
        aideMemoires.edit(id, SectionKey.PROCESS, "Edited again.");
        attendance.checkIn(sessions.getFirst().getId(), people.get(1).id(), Attendance.Method.ORGANIZER);
        aideMemoires.regenerate(id, SectionKey.PROCESS);
        assertThat(aideMemoires.resolvePending(id, SectionKey.PROCESS, true).text())
                .contains("2 participants attended");
    }

    @Test
    void switching_to_french_drafts_unedited_sections_in_french_and_keeps_edits_pending() {
        long id = aideMemoires.create(reviewId).getId();
        aideMemoires.edit(id, SectionKey.NEXT_STEPS, "Our own next steps.");

        aideMemoires.setLanguage(id, "fr");

        assertThat(current().getLanguage()).isEqualTo("fr");
        assertThat(section(current(), SectionKey.INTRODUCTION).paragraphs().getFirst())
                .startsWith("La Sindh Joint Education Sector Review 2026 s’est tenue");
        Section kept = section(current(), SectionKey.NEXT_STEPS);
        assertThat(kept.text()).isEqualTo("Our own next steps.");
        assertThat(kept.getPending()).contains("L’aide-mémoire sera diffusé");
    }

    @Test
    void the_annex_names_only_public_sessions_so_no_reader_learns_of_a_side_meeting_from_it() {
        AideMemoire aideMemoire = aideMemoires.create(reviewId);
        aideMemoires.moveTo(aideMemoire.getId(), AideMemoireStatus.IN_CONSULTATION);

        String annex =
                String.join("\n", section(current(), SectionKey.ANNEX_AGENDA).paragraphs());
        assertThat(annex).contains("Opening plenary").doesNotContain("Side meeting", "daily debrief", "final debrief");

        signInAs("contributor", org.jesr.desk.security.Role.CONTRIBUTOR);
        AideMemoireVersion version = aideMemoires.versions(aideMemoire.getId()).getLast();
        assertThat(version.getParagraphs()).extracting(Paragraph::html).noneMatch(p -> p.contains("Side meeting"));
    }

    private AideMemoire current() {
        return aideMemoires.find(reviewId).orElseThrow();
    }

    private Section section(AideMemoire aideMemoire, SectionKey key) {
        return aideMemoires.sections(aideMemoire.getId()).stream()
                .filter(s -> s.getKey() == key)
                .findFirst()
                .orElseThrow();
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
