package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jesr.desk.base.Language;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.security.UserSummary;

/** Adds or edits one participant; the validation messages sit beside the fields. */
class ParticipantDialog extends Dialog {

    private final Binder<Participant> binder = new Binder<>(Participant.class);
    private final Participant participant;

    ParticipantDialog(
            Participant participant,
            List<Organization> organizations,
            List<UserSummary> accounts,
            Predicate<Participant> onSave) {
        this.participant = participant;
        setId("participant-dialog");
        setHeaderTitle(getTranslation(participant.isNew() ? "participant.add" : "participant.edit"));

        TextField name = new TextField(getTranslation("participant.name"));
        name.setId("participant-name");
        name.setMaxLength(Participant.NAME_MAX);
        TextField title = new TextField(getTranslation("participant.title"));
        title.setId("participant-title");
        title.setMaxLength(Participant.TITLE_MAX);
        ComboBox<Organization> organization = new ComboBox<>(getTranslation("participant.organization"));
        organization.setId("participant-organization");
        organization.setItems(organizations);
        organization.setItemLabelGenerator(Organization::getName);
        EmailField email = new EmailField(getTranslation("participant.email"));
        email.setId("participant-email");
        email.setMaxLength(Participant.EMAIL_MAX);
        TextField phone = new TextField(getTranslation("participant.phone"));
        phone.setId("participant-phone");
        phone.setMaxLength(Participant.PHONE_MAX);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("participant.language"));
        language.setId("participant-language");
        language.setItems(Language.codes());
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(Locale.of(code)));

        ComboBox<UserSummary> account = new ComboBox<>(getTranslation("participant.account"));
        account.setId("participant-account");
        account.setItems(accounts);
        account.setItemLabelGenerator(u -> u.username() + " — " + u.displayName());
        account.setClearButtonVisible(true);
        account.setHelperText(getTranslation("participant.account-help"));

        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(Participant::getName, Participant::setName);
        binder.forField(title).withNullRepresentation("").bind(Participant::getTitle, Participant::setTitle);
        binder.forField(organization)
                .asRequired(required)
                .bind(Participant::getOrganization, Participant::setOrganization);
        binder.forField(email)
                .asRequired(required)
                .withValidator(new EmailValidator(getTranslation("participant.error.email", "")))
                .bind(Participant::getEmail, Participant::setEmail);
        binder.forField(phone)
                .withNullRepresentation("")
                .withValidator(new RegexpValidator(
                        getTranslation("participant.error.phone", ""), Participant.PHONE_PATTERN, true))
                .bind(Participant::getPhone, (p, v) -> p.setPhone(v == null || v.isBlank() ? null : v));
        binder.forField(language)
                .asRequired(required)
                .bind(Participant::getPreferredLanguage, Participant::setPreferredLanguage);
        binder.forField(account)
                .bind(
                        p -> accounts.stream()
                                .filter(u -> Long.valueOf(u.id()).equals(p.getUserAccountId()))
                                .findFirst()
                                .orElse(null),
                        (p, u) -> p.setUserAccountId(u == null ? null : u.id()));
        binder.readBean(participant);

        FormLayout form = new FormLayout(name, title, organization, email, phone, language, account);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save(onSave));
        save.setId("participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("participant-cancel");
        getFooter().add(cancel, save);
    }

    /** Offers a new password link for the participant's account, e.g. for a lost card. */
    void addNewLink(Runnable onNewLink) {
        Button link = new Button(getTranslation("user.reset-password"), e -> {
            close();
            onNewLink.run();
        });
        link.setId("participant-new-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().addComponentAsFirst(link);
    }

    /** Offers removal of a participant listed by mistake; the caller checks what still names them. */
    void addRemove(Runnable onRemove) {
        Button remove = new Button(getTranslation("participant.remove"), e -> {
            close();
            onRemove.run();
        });
        remove.setId("participant-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().addComponentAsFirst(remove);
    }

    private void save(Predicate<Participant> onSave) {
        if (binder.writeBeanIfValid(participant) && onSave.test(participant)) {
            close();
        }
    }
}
