package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class AgendaViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_filters_are_built_when_asked_for_and_narrow_the_day_to_one_type_of_session() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(AgendaView.class);
        assertThat(AgendaEditorViewTest.textOf("agenda-list"))
                .contains("Opening plenary", "Working group: Access & Equity");
        _assertNone(ComboBox.class, spec -> spec.withId("filter-type"));

        _click(_get(Button.class, spec -> spec.withId("agenda-filters")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-type")), SessionType.PLENARY);

        assertThat(AgendaEditorViewTest.textOf("agenda-list"))
                .contains("Opening plenary")
                .doesNotContain("Working group: Access & Equity");
        _assertNone(Button.class, spec -> spec.withId("agenda-filters"));
    }

    @Test
    void every_session_on_the_agenda_is_a_link_to_its_own_page() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(AgendaView.class);

        List<SessionCard> cards = _find(SessionCard.class);
        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.getElement().getTag()).isEqualTo("a");
            assertThat(card.getElement().getAttribute("href"))
                    .isEqualTo("session/" + card.getId().orElseThrow().replace("session-", ""));
            assertThat(card.getElement().hasAttribute("router-link")).isTrue();
        });
    }
}
