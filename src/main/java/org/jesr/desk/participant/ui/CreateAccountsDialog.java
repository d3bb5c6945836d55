package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.security.Role;

/** Chooses the role the selected participants' accounts get, and says what will happen before it does. */
class CreateAccountsDialog extends Dialog {

    CreateAccountsDialog(List<Participant> selected, Consumer<Role> onCreate) {
        setId("create-accounts-dialog");
        setHeaderTitle(getTranslation("accounts.create-title", selected.size()));
        setWidth("min(36rem, 95vw)");
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("accounts.role"));
        role.setId("accounts-role");
        role.setItems(Role.RAPPORTEUR, Role.CONTRIBUTOR, Role.OBSERVER, Role.ORGANIZER);
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()) + " — "
                + getTranslation("accounts.role-help." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.CONTRIBUTOR);
        long linked =
                selected.stream().filter(p -> p.getUserAccountId() != null).count();
        Paragraph what = new Paragraph(getTranslation("accounts.create-text", selected.size() - linked, linked));
        what.setId("accounts-what");
        add(what, role);
        Button create = new Button(getTranslation("accounts.create"), e -> {
            close();
            onCreate.accept(role.getValue());
        });
        create.setId("accounts-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }
}
