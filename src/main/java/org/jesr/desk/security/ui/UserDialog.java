package org.jesr.desk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.Locale;
import java.util.function.Predicate;
import org.jesr.desk.base.Language;
import org.jesr.desk.security.AccountLinks;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserForm;
import org.jspecify.annotations.Nullable;

/** Creates an account or changes one's roles, language and status; passwords are set by their holders through links. */
class UserDialog extends Dialog {

    private final Binder<UserForm> binder = new Binder<>(UserForm.class);

    /** The account's participant in the current review, chosen here when the participant feature offers them. */
    private final ComboBox<AccountLinks.Linkable> participant = new ComboBox<>();

    UserDialog(UserForm form, Predicate<UserForm> onSave, Runnable onReset, @Nullable AccountLinks links) {
        setId("user-dialog");
        boolean creating = form.getId() == null;
        setHeaderTitle(getTranslation(creating ? "user.add" : "user.edit"));
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("user-username");
        username.setMaxLength(UserForm.USERNAME_MAX);
        TextField name = new TextField(getTranslation("user.display-name"));
        name.setId("user-display-name");
        name.setMaxLength(UserForm.NAME_MAX);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.translationKey()));
        Select<String> language = new Select<>();
        language.setId("user-language");
        language.setLabel(getTranslation("nav.language"));
        language.setItems(Language.codes());
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(Locale.of(code)));
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"));
        enabled.setId("user-enabled");

        String required = getTranslation("validation.required");
        binder.forField(username)
                .asRequired(required)
                .withValidator(
                        new RegexpValidator(getTranslation("user.error.username-invalid"), UserForm.USERNAME_PATTERN))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(name).asRequired(required).bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(roles)
                .asRequired(getTranslation("validation.roles"))
                .bind(UserForm::getRoles, UserForm::setRoles);
        binder.forField(language).bind(UserForm::getLanguage, UserForm::setLanguage);
        binder.forField(enabled).bind(UserForm::isEnabled, UserForm::setEnabled);
        binder.setBean(form);
        FormLayout fields = new FormLayout(username, name, roles, language, enabled);
        if (links != null) {
            participant.setLabel(getTranslation("user.participant"));
            participant.setId("user-participant");
            participant.setItems(links.linkable());
            participant.setItemLabelGenerator(AccountLinks.Linkable::label);
            participant.setClearButtonVisible(true);
            participant.setHelperText(getTranslation("user.participant-help"));
            if (form.getId() != null) {
                links.participantOf(form.getId())
                        .flatMap(id -> links.linkable().stream()
                                .filter(l -> l.participantId() == id)
                                .findFirst())
                        .ifPresent(participant::setValue);
            }
            fields.add(participant);
        }
        add(fields);
        Paragraph passwordNote =
                new Paragraph(getTranslation(creating ? "user.password-by-link" : "user.password-reset-help"));
        passwordNote.setId("user-password-note");
        add(passwordNote);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.validate().isOk() && onSave.test(form)) {
                close();
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (!creating) {
            Button reset = new Button(getTranslation("user.reset-password"), e -> {
                close();
                onReset.run();
            });
            reset.setId("user-reset-password");
            getFooter().add(reset);
        }
        getFooter().add(save);
    }

    /** The participant chosen for the account, if any. */
    AccountLinks.@Nullable Linkable chosenParticipant() {
        return participant.getValue();
    }
}
