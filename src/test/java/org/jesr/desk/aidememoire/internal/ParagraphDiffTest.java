package org.jesr.desk.aidememoire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jesr.desk.aidememoire.ParagraphChange;
import org.jesr.desk.aidememoire.ParagraphChange.Kind;
import org.junit.jupiter.api.Test;

/** What readers of two aide-memoire versions are shown as changed, paragraph by paragraph. */
class ParagraphDiffTest {

    @Test
    void identical_versions_have_no_changes() {
        assertThat(ParagraphDiff.between(List.of("a", "b"), List.of("a", "b"))).isEmpty();
    }

    @Test
    void a_paragraph_inserted_early_is_one_addition_not_a_change_of_every_later_one() {
        List<ParagraphChange> changes = ParagraphDiff.between(
                List.of("Access", "Quality", "Finance"), List.of("Access", "Equity", "Quality", "Finance"));

        assertThat(changes).containsExactly(new ParagraphChange(Kind.ADDED, null, 2, null, "Equity"));
    }

    @Test
    void a_rewritten_paragraph_is_paired_with_its_old_text_under_both_numbers() {
        List<ParagraphChange> changes = ParagraphDiff.between(
                List.of("Intro", "Enrolment rose.", "Close"), List.of("Intro", "Enrolment rose by 3%.", "Close"));

        assertThat(changes)
                .containsExactly(new ParagraphChange(Kind.CHANGED, 2, 2, "Enrolment rose.", "Enrolment rose by 3%."));
    }

    @Test
    void a_removed_paragraph_keeps_its_old_number_and_text() {
        assertThat(ParagraphDiff.between(List.of("a", "b", "c"), List.of("a", "c")))
                .containsExactly(new ParagraphChange(Kind.REMOVED, 2, null, "b", null));
    }

    @Test
    void more_paragraphs_removed_than_added_pair_what_they_can_and_remove_the_rest() {
        List<ParagraphChange> changes =
                ParagraphDiff.between(List.of("x", "old 1", "old 2", "y"), List.of("x", "new 1", "y"));

        assertThat(changes).extracting(ParagraphChange::kind).containsExactly(Kind.CHANGED, Kind.REMOVED);
        assertThat(changes.getFirst().newHtml()).isEqualTo("new 1");
        assertThat(changes.get(1).oldHtml()).isEqualTo("old 2");
    }

    @Test
    void a_first_version_is_all_additions() {
        assertThat(ParagraphDiff.between(List.of(), List.of("a", "b")))
                .extracting(ParagraphChange::kind, ParagraphChange::newNumber)
                .containsExactly(tuple(Kind.ADDED, 1), tuple(Kind.ADDED, 2));
    }
}
