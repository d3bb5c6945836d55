package org.jesr.desk.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.ui.Tabbed;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.ImprovementAction;
import org.jesr.desk.exchange.RequestStatus;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.sampledata.SampleDataLoader;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

@ChangesTheSample
class DelegationViewsTest extends KaribuTest {

    @Test
    void an_observer_sees_their_delegation_s_debrief_and_the_organizer_schedules_a_requested_side_meeting() {
        context.getBean(SampleDataLoader.class).addDelegations();
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(DelegationView.class);
        _get(Tabbed.class, spec -> spec.withId("delegation-tabs")).setSelectedIndex(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("debrief-observed-text"))
                        .getValue())
                .startsWith("Les groupes de travail partent du rapport de performance");
        assertThat(_get(Span.class, spec -> spec.withId("debrief-sharing")).getText())
                .isEqualTo("Shared with the host's organizers");

        login("organizer", Role.ORGANIZER);
        long reviewId =
                context.getBean(ReviewService.class).current().orElseThrow().getId();
        SideMeetingRequest waiting = context.getBean(SideMeetingService.class).requests(reviewId).stream()
                .filter(r -> r.getStatus() == RequestStatus.REQUESTED)
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(DelegationsView.class);
        _click(_get(Button.class, spec -> spec.withId("accept-" + waiting.getId())));
        _setValue(
                _get(DateTimePicker.class, spec -> spec.withId("accept-start")), LocalDateTime.of(2026, 12, 8, 18, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("accept-end")), LocalDateTime.of(2026, 12, 8, 18, 45));
        _click(_get(Button.class, spec -> spec.withId("accept-save")));

        assertThat(_get(Div.class, spec -> spec.withId("side-meeting-" + waiting.getId()))
                        .getElement()
                        .getTextRecursively())
                .contains("Scheduled");
        var zone = context.getBean(ReviewService.class).current().orElseThrow().zone();
        assertThat(context.getBean(AgendaService.class).sessions(reviewId, zone, AgendaFilter.day(null)))
                .anySatisfy(s -> assertThat(s.getTitle())
                        .isEqualTo("Side meeting: Nepal delegation with School Education and Literacy Department"));
    }

    @Test
    void an_observer_adds_an_action_to_their_delegation_s_improvement_plan_and_sees_it_in_full() {
        context.getBean(SampleDataLoader.class).addDelegations();
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(DelegationView.class);
        _get(Tabbed.class, spec -> spec.withId("delegation-tabs")).setSelectedIndex(4);
        @SuppressWarnings("unchecked")
        Grid<ImprovementAction> plan = _get(Grid.class, spec -> spec.withId("plan-grid"));
        assertThat(plan.getEmptyStateText()).startsWith("No action yet.");
        int before = plan.getGenericDataView().getItems().toList().size();

        String action = "Publier l’aide-mémoire dans les deux semaines qui suivent la revue, sur le site du ministère.";
        _setValue(_get(TextField.class, spec -> spec.withId("plan-action")), action);
        _setValue(_get(TextField.class, spec -> spec.withId("plan-responsible")), "Secrétariat de la revue");
        _click(_get(Button.class, spec -> spec.withId("plan-add")));

        assertThat(plan.getGenericDataView().getItems().toList())
                .hasSize(before + 1)
                .extracting(ImprovementAction::getAction)
                .contains(action);
    }

    @Test
    void an_organizer_registers_a_delegation_with_its_members() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(DelegationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-delegation")));
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("delegation-country"));
        // Named from the JDK's locale data in the organizer's language; the code is what is kept.
        assertThat(country.getItemLabelGenerator().apply("GH")).isEqualTo("Ghana");
        _setValue(country, "GH");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ParticipantRef> members =
                _get(MultiSelectComboBox.class, spec -> spec.withId("delegation-members"));
        ParticipantRef someone =
                members.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(members, java.util.Set.of(someone));
        _click(_get(Button.class, spec -> spec.withId("delegation-save")));

        long reviewId =
                context.getBean(ReviewService.class).current().orElseThrow().getId();
        assertThat(context.getBean(DelegationService.class).delegations(reviewId))
                .filteredOn(d -> d.getCountry().equals("GH"))
                .singleElement()
                .satisfies(d -> assertThat(d.getMemberIds()).containsExactly(someone.id()));
    }
}
