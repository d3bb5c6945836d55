package org.jesr.desk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.security.UserAccountService;

/** Every signed-in person's own account: who they are signed in as, their password, their reminders. */
@Route("account")
@PermitAll
class MyAccountView extends Page {

    MyAccountView(UserAccountService accounts) {
        super("account.title");
        setId("my-account");
        Paragraph who = new Paragraph(accounts.currentUser()
                .map(u -> getTranslation("account.signed-in-as", u.displayName(), u.username()))
                .orElse(""));
        who.setId("account-who");
        PasswordField current = new PasswordField(getTranslation("user.current-password"));
        current.setId("current-password");
        PasswordFields fields = new PasswordFields();
        Button change = new Button(getTranslation("account.change-password"), e -> {
            String password = fields.valueIfValid();
            if (password == null) {
                return;
            }
            Actions.run(this, () -> {
                accounts.changeOwnPassword(current.getValue(), password);
                Notifications.success(this, "account.password-changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            });
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("account.change-password")), who, current, fields, change);
        Checkbox reminders = new Checkbox(getTranslation("account.reminders"), accounts.ownRemindersOn());
        reminders.setId("account-reminders");
        reminders.setHelperText(getTranslation("account.reminders-help"));
        reminders.addValueChangeListener(e -> {
            if (e.isFromClient() && Actions.run(this, () -> accounts.setOwnReminders(e.getValue()))) {
                Notifications.success(this, e.getValue() ? "account.reminders-on" : "account.reminders-off");
            }
        });
        add(new H2(getTranslation("account.reminders-title")), reminders);
    }
}
