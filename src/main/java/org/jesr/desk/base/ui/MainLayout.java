package org.jesr.desk.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.jesr.desk.base.Language;

/**
 * The shell around every signed-in screen. Its navigation is read from the views'
 * {@code @Menu} annotations, so adding a view never means editing this class; the
 * menu titles are translation keys.
 */
@Layout
@PermitAll
// Sign-out clears the drafts through this module, on every screen, whether or not it shows a notes field.
@JsModule("./components/jesr-autosave.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(CurrentReviewInfo review, SessionUser user) {
        setPrimarySection(Section.DRAWER);
        ComponentTexts.localize(this);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle, new LiveIndicator());
        if (user.demoAccountsExist()) {
            Span demo = new Span(getTranslation("demo.warning"));
            demo.setId("demo-warning");
            demo.addClassName("demo-warning");
            addToNavbar(demo);
        }
        addToDrawer(header(review), navigation(), footer(user));
    }

    private Div header(CurrentReviewInfo review) {
        Span app = new Span(getTranslation("app.name"));
        app.addClassName("app-name");
        Span reviewName = new Span(review.reviewName().orElseGet(() -> getTranslation("review.none")));
        reviewName.setId("review-name");
        reviewName.addClassName("review-name");
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.addListener(ui, CurrentReviewChanged.class, e -> reviewName.setText(e.name()));
        }
        Div header = new Div(app, reviewName);
        header.addClassName("drawer-header");
        return header;
    }

    private MainMenu navigation() {
        MainMenu nav = new MainMenu(MenuConfiguration.getMenuEntries(), key -> getTranslation(key));
        nav.setId("main-nav");
        return nav;
    }

    private VerticalLayout footer(SessionUser user) {
        Span name = new Span(user.displayName());
        name.setId("current-user");
        Span roles = new Span(user.roleKeys().stream().map(this::getTranslation).collect(Collectors.joining(", ")));
        roles.setId("current-roles");
        roles.addClassName("roles");

        LanguageSwitch language =
                new LanguageSwitch(Language.locales(), UI.getCurrent().getLocale(), chosen -> {
                    user.rememberLanguage(chosen.getLanguage());
                    UI ui = UI.getCurrent();
                    ui.getSession().setLocale(chosen);
                    ui.setLocale(chosen);
                    // Every label on the page was rendered in the old language; a reload redraws them all.
                    ui.getPage().reload();
                });

        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> {
            // A shared tablet: the next person must not find, let alone save, this person's drafts.
            UI.getCurrent().getPage().executeJs(AutosaveField.CLEAR_DRAFTS);
            user.logout();
        });
        logout.setId("logout");
        Anchor account = new Anchor("account", getTranslation("account.title"));
        account.setId("my-account-link");
        VerticalLayout footer = new VerticalLayout(name, roles, account, language, logout);
        footer.addClassName("drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        // Flow keeps a copy of each screen's last answer, in case the browser repeats its request;
        // for a new page that is the whole page (about 100 KB for the agenda, held for as long as the
        // tab stays open). The browser acknowledges the page with a small request, whose answer then
        // takes its place: once the page has arrived, it will not be asked for again.
        getElement().executeJs("this.$server.pageArrived()");
    }

    @ClientCallable
    void pageArrived() {
        // Nothing to do: the round trip itself replaces the kept copy of the page.
    }
}
