package org.jesr.desk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.security.InvitationService;
import org.jesr.desk.security.UserSummary;

/**
 * Where a person follows their invitation link and sets their own password. An unknown, used or
 * expired link gets one neutral answer, so the page tells nobody which links exist.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-page");
        setId("invitation-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        UserSummary holder = invitations.holder(token).orElse(null);
        if (holder == null) {
            invalid();
            return;
        }
        Paragraph who = new Paragraph(getTranslation("invitation.for", holder.displayName(), holder.username()));
        who.setId("invitation-for");
        PasswordFields fields = new PasswordFields();
        Button save = new Button(getTranslation("invitation.set"), e -> {
            String password = fields.valueIfValid();
            if (password == null) {
                return;
            }
            Actions.run(this, () -> {
                invitations.redeem(token, password);
                done();
            });
        });
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(who, fields, save);
    }

    private void invalid() {
        Paragraph text = new Paragraph(getTranslation("invitation.error.invalid"));
        text.setId("invitation-invalid");
        add(text, signIn());
    }

    private void done() {
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        Paragraph text = new Paragraph(getTranslation("invitation.done"));
        text.setId("invitation-done");
        add(text, signIn());
    }

    private Anchor signIn() {
        Anchor login = new Anchor("login", getTranslation("login.submit"));
        login.setId("invitation-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
