package org.jesr.desk.workinggroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ChangesTheSample
class NotesViewTest extends KaribuTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Autowired
    NotesService notes;

    @Test
    void a_rapporteur_writes_submits_and_after_a_return_reworks_the_notes_of_their_own_group() {
        login("rapporteur", Role.RAPPORTEUR);
        long session = session("Working group: Quality & Learning (continued)");
        UI.getCurrent().navigate(NotesView.class, session);

        // Untouched fields say whether anything was typed, not "Saved".
        for (NotesField field : NotesField.values()) {
            String id = "notes-" + field.name().toLowerCase(Locale.ROOT);
            boolean blank = _get(TextArea.class, spec -> spec.withId(id + "-text"))
                    .getValue()
                    .isBlank();
            assertThat(_get(Span.class, spec -> spec.withId(id + "-state")).getText())
                    .isEqualTo(blank ? "Nothing typed yet" : "Saved");
        }
        _setValue(
                _get(TextArea.class, spec -> spec.withId("notes-summary-text")),
                "Learning outcomes stagnate in grade 5.");
        assertThat(_get(Span.class, spec -> spec.withId("notes-summary-state")).getText())
                .matches("Saved at \\d{1,2}:\\d{2}[\\s\\u202f][AP]M");
        _click(_get(Button.class, spec -> spec.withId("notes-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("notes-status")).getText())
                .isEqualTo("Submitted");
        assertThat(_get(TextArea.class, spec -> spec.withId("notes-summary-text"))
                        .isReadOnly())
                .isTrue();
        _assertNone(Button.class, spec -> spec.withId("notes-submit"));

        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(NotesView.class, session);
        _setValue(
                _get(TextField.class, spec -> spec.withId("notes-return-comment")),
                "Add the evidence for each finding.");
        _click(_get(Button.class, spec -> spec.withId("notes-return")));
        assertThat(_get(Span.class, spec -> spec.withId("notes-status")).getText())
                .isEqualTo("Returned for rework");

        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate(NotesView.class, session);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("return-comment"))
                        .getText())
                .contains("Add the evidence for each finding.");
        assertThat(_get(TextArea.class, spec -> spec.withId("notes-summary-text"))
                        .isReadOnly())
                .isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("notes-summary-text"))
                        .getValue())
                .isEqualTo("Learning outcomes stagnate in grade 5.");
    }

    @Test
    void an_earlier_version_can_be_compared_and_restored_from_the_history() {
        login("rapporteur", Role.RAPPORTEUR);
        long session = session("Working group: Quality & Learning: consolidating findings and recommendations");
        UI.getCurrent().navigate(NotesView.class, session);
        TextArea actions = _get(TextArea.class, spec -> spec.withId("notes-actions-text"));
        _setValue(actions, "DCAR to present the framework.");
        _setValue(actions, "Deleted by mistake");

        _click(_get(Button.class, spec -> spec.withId("notes-actions-history")));
        var revisions = notes.history(session, NotesField.ACTIONS);
        assertThat(revisions)
                .extracting(r -> r.getText())
                .containsExactly("Deleted by mistake", "DCAR to present the framework.");
        long older = revisions.get(1).getId();
        _click(_get(Button.class, spec -> spec.withId("compare-" + older)));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("compare-dialog")))
                .isNotNull();
        _click(_get(Button.class, spec -> spec.withId("restore-" + older)));

        assertThat(actions.getValue()).isEqualTo("DCAR to present the framework.");
        assertThat(notes.find(session).orElseThrow().text(NotesField.ACTIONS))
                .isEqualTo("DCAR to present the framework.");
    }

    @Test
    void a_save_on_a_stale_copy_shows_both_texts_and_the_merge_keeps_both() {
        login("rapporteur", Role.RAPPORTEUR);
        long session = session("Working group: Quality & Learning: consolidating findings and recommendations");
        UI.getCurrent().navigate(NotesView.class, session);
        TextArea summary = _get(TextArea.class, spec -> spec.withId("notes-summary-text"));
        _setValue(summary, "Mine: assessment results discussed.");

        // Meanwhile an organizer saves the same field from another tablet.
        long current = notes.find(session).orElseThrow().getVersion();
        login("organizer", Role.ORGANIZER);
        notes.save(session, NotesField.SUMMARY, "Theirs: textbook delays discussed.", current);
        login("rapporteur", Role.RAPPORTEUR);
        _setValue(summary, "Mine: assessment results discussed, with DCAR.");

        TextArea mine = _get(TextArea.class, spec -> spec.withId("merge-mine"));
        TextArea theirs = _get(TextArea.class, spec -> spec.withId("merge-theirs"));
        assertThat(mine.getValue()).isEqualTo("Mine: assessment results discussed, with DCAR.");
        assertThat(theirs.getValue()).isEqualTo("Theirs: textbook delays discussed.");
        _click(_get(Button.class, spec -> spec.withId("merge-save")));

        assertThat(notes.find(session).orElseThrow().text(NotesField.SUMMARY))
                .contains("Theirs: textbook delays discussed.")
                .contains("Mine: assessment results discussed, with DCAR.");
        assertThat(_get(Span.class, spec -> spec.withId("notes-summary-state")).getText())
                .startsWith("Saved at ");
    }

    @Test
    void a_rapporteur_cannot_edit_another_groups_notes() {
        login("rapporteur", Role.RAPPORTEUR);
        long other = session("Working group: Access & Equity (continued)");
        UI.getCurrent().navigate(NotesView.class, other);

        assertThat(_get(TextArea.class, spec -> spec.withId("notes-summary-text"))
                        .isReadOnly())
                .isTrue();
        _assertNone(Button.class, spec -> spec.withId("notes-submit"));
        assertThatThrownBy(() -> notes.save(other, NotesField.SUMMARY, "not mine", -1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_observer_is_refused_at_the_notes_and_by_the_service() {
        login("observer", Role.OBSERVER);
        long session = session("Working group: Quality & Learning");

        assertThatThrownBy(() -> UI.getCurrent().navigate(NotesView.class, session))
                .hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> notes.save(session, NotesField.SUMMARY, "x", -1))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long session(String title) {
        return agenda
                .sessions(reviews.current().orElseThrow().getId(), ZoneId.of("Asia/Karachi"), AgendaFilter.day(null))
                .stream()
                .filter(s -> s.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
