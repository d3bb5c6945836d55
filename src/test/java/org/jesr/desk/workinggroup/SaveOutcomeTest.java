package org.jesr.desk.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notes' rule for two people typing at once, without a database: stale changes are refused with what is stored. */
class SaveOutcomeTest {

    private static final Instant NINE = Instant.parse("2026-12-07T04:00:00Z");

    private static SessionNotes storedBy(String author, String text) {
        SessionNotes notes = SessionNotes.start(1, 2);
        notes.setText(NotesField.SUMMARY, text);
        notes.touched(author, NINE);
        return notes;
    }

    @Test
    void a_change_based_on_the_stored_version_goes_through() {
        SessionNotes stored = storedBy("amina", "Enrolment rose.");

        assertThat(SaveOutcome.ifStale(stored, stored.getVersion(), NotesField.SUMMARY))
                .isEmpty();
        assertThat(SaveOutcome.ifStale(null, -1, NotesField.SUMMARY)).isEmpty();
    }

    @Test
    void a_change_typed_before_someone_else_saved_is_refused_with_their_text_name_and_time() {
        SessionNotes stored = storedBy("amina", "Enrolment rose.");

        SaveOutcome outcome = SaveOutcome.ifStale(stored, stored.getVersion() - 1, NotesField.SUMMARY)
                .orElseThrow();

        assertThat(outcome.saved()).isFalse();
        assertThat(outcome.version()).isEqualTo(stored.getVersion());
        assertThat(outcome.serverText()).isEqualTo("Enrolment rose.");
        assertThat(outcome.otherAuthor()).isEqualTo("amina");
        assertThat(outcome.at()).isEqualTo(NINE);
    }

    @Test
    void a_first_save_loses_to_notes_someone_started_meanwhile() {
        SessionNotes stored = storedBy("amina", "Enrolment rose.");

        assertThat(SaveOutcome.ifStale(stored, -1, NotesField.SUMMARY))
                .hasValueSatisfying(outcome -> assertThat(outcome.serverText()).isEqualTo("Enrolment rose."));
    }

    @Test
    void a_save_based_on_notes_that_are_gone_is_refused_with_nothing_to_merge() {
        assertThat(SaveOutcome.ifStale(null, 3, NotesField.SUMMARY)).hasValueSatisfying(outcome -> {
            assertThat(outcome.version()).isEqualTo(-1);
            assertThat(outcome.serverText()).isEmpty();
            assertThat(outcome.otherAuthor()).isNull();
        });
    }

    @Test
    void a_stale_change_of_the_key_findings_sends_back_no_text() {
        SessionNotes stored = storedBy("amina", "Enrolment rose.");

        assertThat(SaveOutcome.ifStale(stored, stored.getVersion() + 1, null)).hasValueSatisfying(outcome -> {
            assertThat(outcome.serverText()).isEmpty();
            assertThat(outcome.otherAuthor()).isEqualTo("amina");
        });
    }
}
