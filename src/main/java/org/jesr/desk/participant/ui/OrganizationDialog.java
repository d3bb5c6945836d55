package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Predicate;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;

/** Adds or edits one organization. */
class OrganizationDialog extends Dialog {

    private final Binder<Organization> binder = new Binder<>(Organization.class);
    private final Organization organization;

    OrganizationDialog(Organization organization, Predicate<Organization> onSave) {
        this.organization = organization;
        setId("organization-dialog");
        setHeaderTitle(getTranslation(organization.isNew() ? "organization.add" : "organization.edit"));
        TextField name = new TextField(getTranslation("organization.name"));
        name.setId("organization-name");
        name.setMaxLength(Organization.NAME_MAX);
        TextField acronym = new TextField(getTranslation("organization.acronym"));
        acronym.setId("organization-acronym");
        acronym.setMaxLength(Organization.ACRONYM_MAX);
        Select<Constituency> constituency = new Select<>();
        constituency.setId("organization-constituency");
        constituency.setLabel(getTranslation("organization.constituency"));
        constituency.setItems(Constituency.values());
        constituency.setItemLabelGenerator(c -> getTranslation(c.translationKey()));

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .bind(Organization::getName, Organization::setName);
        binder.forField(acronym)
                .withNullRepresentation("")
                .bind(Organization::getAcronym, (o, v) -> o.setAcronym(v == null || v.isBlank() ? null : v.trim()));
        binder.forField(constituency)
                .asRequired(getTranslation("validation.required"))
                .bind(Organization::getConstituency, Organization::setConstituency);
        binder.readBean(organization);
        add(new FormLayout(name, acronym, constituency));

        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(organization) && onSave.test(organization)) {
                close();
            }
        });
        save.setId("organization-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
