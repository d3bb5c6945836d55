package org.jesr.desk.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class ParticipantsViewTest extends KaribuTest {

    @Test
    void an_organizer_sees_everyone_with_counts_by_constituency() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(ParticipantsView.class);

        assertThat(GridKt._size(grid())).isEqualTo(96);
        assertThat(_get(Span.class, spec -> spec.withId("count-total")).getText())
                .isEqualTo("All participants: 96");
        assertThat(_get(Span.class, spec -> spec.withId("count-visiting_delegation"))
                        .getText())
                .isEqualTo("Visiting delegation: 6");
    }

    @Test
    void search_narrows_by_name_and_constituency() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(ParticipantsView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("participant-search")), "Aminata");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith("Aminata Diop", "MEN-SN", "Visiting delegation");

        _setValue(_get(TextField.class, spec -> spec.withId("participant-search")), "");
        @SuppressWarnings("unchecked")
        ComboBox<Constituency> constituency = _get(ComboBox.class, spec -> spec.withId("filter-constituency"));
        _setValue(constituency, Constituency.SECRETARIAT);
        assertThat(GridKt._size(grid())).isEqualTo(4);
    }

    @Test
    @ChangesTheSample
    void an_invalid_email_keeps_the_dialog_open_and_a_valid_participant_is_added() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(ParticipantsView.class);

        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        _setValue(_get(TextField.class, spec -> spec.withId("participant-name")), "Rukhsana Bhatti");
        @SuppressWarnings("unchecked")
        ComboBox<Organization> organization = _get(ComboBox.class, spec -> spec.withId("participant-organization"));
        _setValue(
                organization,
                organization
                        .getListDataView()
                        .getItems()
                        .filter(o -> "ITA".equals(o.getAcronym()))
                        .findFirst()
                        .orElseThrow());
        EmailField email = _get(EmailField.class, spec -> spec.withId("participant-email"));
        _setValue(email, "not an email");
        _click(_get(Button.class, spec -> spec.withId("participant-save")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(_find(ParticipantDialog.class)).hasSize(1);
        assertThat(GridKt._size(grid())).isEqualTo(96);

        _setValue(email, "rukhsana@ita.example.org");
        _click(_get(Button.class, spec -> spec.withId("participant-save")));

        _assertNone(ParticipantDialog.class);
        assertThat(GridKt._size(grid())).isEqualTo(97);
    }

    @Test
    void a_rapporteur_reads_the_list_but_has_no_editing_tools() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate(ParticipantsView.class);

        assertThat(GridKt._size(grid())).isEqualTo(96);
        _assertNone(Button.class, spec -> spec.withId("add-participant"));
        _assertNone(Button.class, spec -> spec.withId("import-participants"));
    }

    @Test
    void an_observer_is_refused_at_the_participant_list() {
        login("observer", Role.OBSERVER);

        // Karibu's stand-in for Vaadin's access-denied page reports itself as an exception.
        assertThatThrownBy(() -> UI.getCurrent().navigate(ParticipantsView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(ParticipantsView.class);
        _assertNone(Grid.class, spec -> spec.withId("participant-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<org.jesr.desk.participant.Participant> grid() {
        return _get(Grid.class, spec -> spec.withId("participant-grid"));
    }
}
