package org.jesr.desk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.jesr.desk.base.ui.ErrorMessages;
import org.jesr.desk.base.ui.SearchField;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserForm;
import org.jesr.desk.security.UserSummary;

/** The admin's list of accounts and their roles. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 100, icon = "vaadin:key", title = "nav.users")
class UsersView extends Main implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final SearchField search;

    UsersView(UserAccountService accounts, Clock clock) {
        this.accounts = accounts;
        addClassName("page");
        search = new SearchField("user-search", "user.search", () -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> edit(new UserForm()));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(search, add);
        bar.addClassName("toolbar");

        grid.setId("user-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setSortProperty("username");
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name")).setSortProperty("displayName");
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        grid.addColumn(u -> getTranslation(!u.enabled() ? "user.status.disabled"
                : u.lockedAt(clock.instant()) ? "user.status.locked" : "user.status.active"))
                .setHeader(getTranslation("user.status"));
        grid.addComponentColumn(u -> {
            Button unlock = new Button(getTranslation("user.unlock"), e -> {
                accounts.unlock(u.id());
                grid.getDataProvider().refreshAll();
            });
            unlock.setVisible(u.lockedAt(clock.instant()));
            return unlock;
        });
        grid.setItems(query -> accounts.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> edit(UserForm.of(e.getItem())));
        add(bar, grid);
    }

    private void edit(UserForm form) {
        new UserDialog(form, saved -> {
            try {
                accounts.save(saved);
                grid.getDataProvider().refreshAll();
                ErrorMessages.success(this, "user.saved");
                return true;
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
                return false;
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
