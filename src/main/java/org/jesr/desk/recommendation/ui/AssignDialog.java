package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Recommendation;

/** Who answers for an agreed recommendation, who supports it, and by when. */
class AssignDialog extends Dialog {

    AssignDialog(
            Recommendation recommendation,
            List<Organization> organizations,
            AccountabilityService service,
            Runnable onSaved) {
        setId("assign-dialog");
        setHeaderTitle(getTranslation("accountability.assign"));
        ComboBox<Organization> responsible = new ComboBox<>(getTranslation("accountability.responsible"));
        responsible.setId("assign-responsible");
        responsible.setItems(organizations);
        responsible.setItemLabelGenerator(Organization::getName);
        responsible.setHelperText(getTranslation("accountability.agreed-wording", recommendation.getResponsibleBody()));
        MultiSelectComboBox<Organization> supporting =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("accountability.supporting")));
        supporting.setId("assign-supporting");
        supporting.setItems(organizations);
        supporting.setItemLabelGenerator(Organization::getName);
        DatePicker due = ComponentTexts.localize(new DatePicker(getTranslation("accountability.due")));
        due.setId("assign-due");
        organizations.stream()
                .filter(o -> o.id().equals(recommendation.getResponsibleOrgId()))
                .findFirst()
                .ifPresent(responsible::setValue);
        supporting.setValue(organizations.stream()
                .filter(o -> recommendation.getSupporterIds().contains(o.id()))
                .collect(Collectors.toSet()));
        due.setValue(recommendation.getDueDate());
        FormLayout form = new FormLayout(responsible, supporting, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(recommendation.getOrderNo() + ". " + recommendation.getText()), form);
        Button save = new Button(getTranslation("action.save"), e -> {
            Organization chosen = responsible.getValue();
            boolean saved = Actions.run(
                    this,
                    () -> service.assign(
                            recommendation.id(),
                            chosen == null ? null : chosen.id(),
                            supporting.getValue().stream()
                                    .map(Organization::id)
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.toSet()),
                            due.getValue()));
            if (saved) {
                close();
                onSaved.run();
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
