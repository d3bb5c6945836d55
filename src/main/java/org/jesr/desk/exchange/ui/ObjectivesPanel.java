package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.LearningObjective;

/** The delegation's learning objectives, each tied to themes and kinds of session. */
class ObjectivesPanel extends Div {

    private final DelegationService delegations;
    private final Delegation delegation;
    private final Map<Long, String> themeNames;
    private final Div list = new Div();

    ObjectivesPanel(DelegationService delegations, Delegation delegation, List<Theme> themes) {
        this.delegations = delegations;
        this.delegation = delegation;
        this.themeNames = themes.stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        list.setId("objective-list");
        TextArea text = new TextArea(getTranslation("objective.text"));
        text.setId("objective-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        MultiSelectComboBox<Theme> themeBox =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("agenda.theme")));
        themeBox.setItems(themes);
        themeBox.setItemLabelGenerator(Theme::getName);
        MultiSelectComboBox<SessionType> types =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("agenda.type")));
        types.setItems(SessionType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        Button add = new Button(getTranslation("objective.add"), e -> {
            LearningObjective objective = new LearningObjective();
            objective.setDelegationId(delegation.id());
            objective.setText(text.getValue().strip());
            objective.setThemeIds(themeBox.getValue().stream().map(Theme::getId).collect(Collectors.toSet()));
            objective.setSessionTypes(types.getValue());
            Actions.run(this, () -> {
                delegations.saveObjective(objective);
                text.clear();
                refresh();
            });
        });
        add.setId("objective-add");
        add(list, new Div(text, themeBox, types, add));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (LearningObjective o : delegations.objectives(delegation.id())) {
            String about = String.join(
                    ", ",
                    o.getThemeIds().stream()
                            .map(id -> themeNames.getOrDefault(id, "?"))
                            .toList());
            String kinds = String.join(
                    ", ",
                    o.getSessionTypes().stream()
                            .map(t -> getTranslation(t.translationKey()))
                            .toList());
            Div row = new Div(new Paragraph(o.getText()), new Paragraph(String.join(" · ", about, kinds)));
            row.addClassName("finding");
            list.add(row);
        }
    }
}
