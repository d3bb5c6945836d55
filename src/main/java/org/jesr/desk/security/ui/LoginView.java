package org.jesr.desk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.jesr.desk.base.Language;
import org.jesr.desk.security.UserAccountService;

/** Sign-in, in the browser's language, with a switch for a borrowed tablet set to the wrong one. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(UserAccountService accounts) {
        addClassName("login-page");
        if (accounts.demoAccountsExist()) {
            Span demo = new Span(getTranslation("demo.warning"));
            demo.setId("demo-warning");
            demo.addClassName("demo-warning");
            add(demo);
        }
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setAriaLabel(getTranslation("nav.language"));
        language.setItems(Language.locales());
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(Language.of(getLocale()).locale());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        add(login, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
