package org.jesr.desk.stakeholder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.ItemDetail;
import org.jesr.desk.security.Role;
import org.jesr.desk.stakeholder.InputOutcome;
import org.jesr.desk.stakeholder.StakeholderInput;
import org.junit.jupiter.api.Test;

@ChangesTheSample
class InputsViewTest extends KaribuTest {

    @Test
    void a_contributor_sends_an_input_and_sees_the_secretariats_reply() {
        login("contributor", Role.CONTRIBUTOR);
        UI.getCurrent().navigate(InputsView.class);
        assertThat(items()).hasSize(3);

        _click(_get(Button.class, spec -> spec.withId("add-input")));
        _setValue(_get(TextField.class, spec -> spec.withId("input-title")), "School meals data");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("input-body")),
                "WFP can share school meal coverage by district.");
        _click(_get(Button.class, spec -> spec.withId("input-send")));
        StakeholderInput sent = items().stream()
                .filter(i -> i.getTitle().equals("School meals data"))
                .findFirst()
                .orElseThrow();
        assertThat(sent.getOutcome()).isEqualTo(InputOutcome.PENDING);

        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(InputsView.class);
        assertThat(items()).hasSize(11);
        int row = items().indexOf(items().stream()
                .filter(i -> i.getId().equals(sent.getId()))
                .findFirst()
                .orElseThrow());
        GridKt._clickItem(grid(), row);
        assertThat(_get(ItemDetail.class, spec -> spec.withId("input-detail")).getHeaderTitle())
                .isEqualTo("School meals data");
        _click(_get(Button.class, spec -> spec.withId("respond-" + sent.getId())));
        _assertNone(ItemDetail.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InputOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("reply-outcome"));
        _setValue(outcome, InputOutcome.NOTED);
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-text")), "Noted for the nutrition annex.");
        _click(_get(Button.class, spec -> spec.withId("reply-save")));

        login("contributor", Role.CONTRIBUTOR);
        UI.getCurrent().navigate(InputsView.class);
        assertThat(items())
                .filteredOn(i -> i.getTitle().equals("School meals data"))
                .singleElement()
                .satisfies(i -> assertThat(i.getReply()).isEqualTo("Noted for the nutrition annex."));
        assertThat(items()).hasSize(4).allMatch(i -> i.getAuthor().equals("contributor"));
        @SuppressWarnings("unchecked")
        CardList<StakeholderInput> cards = _get(CardList.class, spec -> spec.withId("input-grid"));
        assertThat(cards.card(items().stream()
                                .filter(i -> i.getId().equals(sent.getId()))
                                .findFirst()
                                .orElseThrow())
                        .quote())
                .as("the reply shows on the contributor's card, in full")
                .isEqualTo("Reply from the secretariat: Noted for the nutrition annex.");
    }

    private static List<StakeholderInput> items() {
        return grid().getDataProvider().fetch(new Query<>()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StakeholderInput> grid() {
        return _get(Grid.class, spec -> spec.withId("input-grid"));
    }
}
