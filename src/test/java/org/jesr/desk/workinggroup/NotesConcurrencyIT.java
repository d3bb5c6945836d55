package org.jesr.desk.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotesConcurrencyIT extends IntegrationTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Autowired
    NotesService notes;

    long session;

    @BeforeEach
    void aWorkingGroupSession() {
        sampleReviewAsOrganizer();
        session =
                agenda
                        .sessions(
                                reviews.current().orElseThrow().getId(),
                                ZoneId.of("Asia/Karachi"),
                                AgendaFilter.day(null))
                        .stream()
                        .filter(s -> s.getTitle().equals("Working group: Access & Equity (continued)"))
                        .findFirst()
                        .orElseThrow()
                        .getId();
    }

    @Test
    void two_saves_on_the_same_copy_give_a_conflict_not_a_lost_update() {
        SaveOutcome first = notes.save(session, NotesField.FINDINGS, "Enrolment of girls fell in Thatta.", -1);
        long sharedBase = first.version();

        SaveOutcome alice = notes.save(session, NotesField.FINDINGS, "Alice: dropout rises after grade 5.", sharedBase);
        SaveOutcome bob =
                notes.save(session, NotesField.FINDINGS, "Bob: 30% of schools lack girls' toilets.", sharedBase);

        assertThat(alice.saved()).isTrue();
        assertThat(bob.saved()).isFalse();
        assertThat(bob.serverText()).isEqualTo("Alice: dropout rises after grade 5.");
        assertThat(notes.find(session).orElseThrow().text(NotesField.FINDINGS))
                .isEqualTo("Alice: dropout rises after grade 5.");

        SaveOutcome merged = notes.save(
                session,
                NotesField.FINDINGS,
                bob.serverText() + "\nBob: 30% of schools lack girls' toilets.",
                bob.version());
        assertThat(merged.saved()).isTrue();
        assertThat(notes.find(session).orElseThrow().text(NotesField.FINDINGS))
                .contains("Alice: dropout rises")
                .contains("Bob: 30% of schools");
    }

    @Test
    void every_save_is_kept_in_the_history_with_its_author() {
        long v = notes.save(session, NotesField.SUMMARY, "one", -1).version();
        v = notes.save(session, NotesField.SUMMARY, "two", v).version();
        notes.save(session, NotesField.SUMMARY, "three", v);

        assertThat(notes.history(session, NotesField.SUMMARY))
                .extracting(NotesRevision::getText)
                .containsExactly("three", "two", "one");
        assertThat(notes.history(session, NotesField.SUMMARY))
                .allSatisfy(r -> assertThat(r.getAuthor()).isEqualTo("organizer"));
        assertThat(notes.history(session, NotesField.FINDINGS)).isEmpty();
    }

    @Test
    void submitted_notes_cannot_be_changed_until_returned() {
        long v = notes.save(session, NotesField.SUMMARY, "done", -1).version();
        notes.submit(session);

        assertThatThrownBy(() -> notes.save(session, NotesField.SUMMARY, "changed", v + 1))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("notes.error.locked");
        notes.returnForRework(session, "needs evidence");
        assertThat(notes.save(
                                session,
                                NotesField.SUMMARY,
                                "changed",
                                notes.find(session).orElseThrow().getVersion())
                        .saved())
                .isTrue();
    }

    @Test
    void a_key_finding_without_evidence_is_flagged_and_findings_follow_versions_too() {
        long v = notes.addFinding(
                        session,
                        new Finding(
                                "Girls' transition to grade 6 fell.",
                                EvidenceKind.INDICATOR,
                                "Transition rate girls (ESPR table 2.3)"),
                        -1)
                .version();
        SaveOutcome second =
                notes.addFinding(session, new Finding("Parents report unsafe roads.", EvidenceKind.NONE, null), v);
        SaveOutcome stale = notes.addFinding(session, new Finding("Stale copy", EvidenceKind.NONE, null), v);

        assertThat(second.saved()).isTrue();
        assertThat(stale.saved()).isFalse();
        assertThat(notes.find(session).orElseThrow().getKeyFindings())
                .extracting(Finding::hasEvidence)
                .containsExactly(true, false);
        notes.removeFinding(session, 0, second.version());
        assertThat(notes.find(session).orElseThrow().getKeyFindings())
                .extracting(Finding::text)
                .containsExactly("Parents report unsafe roads.");
    }
}
