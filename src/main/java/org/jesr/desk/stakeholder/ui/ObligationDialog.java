package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;

/** Adds an item to an organization's checklist; the constituency follows from the organization. */
class ObligationDialog extends Dialog {

    ObligationDialog(ObligationService obligations, long reviewId, List<Organization> organizations, Runnable onSaved) {
        setId("obligation-dialog");
        setHeaderTitle(getTranslation("obligation.add"));
        TextField title = new TextField(getTranslation("obligation.title"));
        title.setId("obligation-title");
        title.setMaxLength(Obligation.TITLE_MAX);
        title.setWidthFull();
        ComboBox<Organization> organization = new ComboBox<>(getTranslation("obligation.organization"));
        organization.setId("obligation-organization");
        organization.setItems(organizations.stream()
                .sorted(Comparator.comparing(Organization::getName))
                .toList());
        organization.setItemLabelGenerator(Organization::getName);
        DatePicker due = ComponentTexts.localize(new DatePicker(getTranslation("obligation.due")));
        due.setId("obligation-due");
        add(title, organization, due);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (organization.getValue() == null) {
                organization.setInvalid(true);
                organization.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Obligation obligation = new Obligation();
            obligation.setReviewId(reviewId);
            obligation.setTitle(title.getValue());
            obligation.setOrganizationId(organization.getValue().id());
            obligation.setConstituency(organization.getValue().getConstituency());
            obligation.setDueDate(due.getValue());
            Actions.run(this, () -> {
                obligations.save(obligation);
                onSaved.run();
                close();
            });
        });
        save.setId("obligation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
