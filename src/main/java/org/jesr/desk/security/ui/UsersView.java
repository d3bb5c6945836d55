package org.jesr.desk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.CurrentReviewInfo;
import org.jesr.desk.base.ui.LinkDialog;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.base.ui.SearchField;
import org.jesr.desk.security.AccountLinks;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.InvitationService;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserForm;
import org.jesr.desk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** The admin's list of accounts and their roles; new accounts and resets get an invitation link. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 100, icon = "vaadin:key", title = "nav.users")
class UsersView extends Page {

    private final UserAccountService accounts;
    private final InvitationService invitations;
    private final PublicUrls urls;
    private final CurrentReviewInfo review;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final SearchField search;
    private Set<Long> linked;
    private final @Nullable AccountLinks accountLinks;

    UsersView(
            UserAccountService accounts,
            InvitationService invitations,
            PublicUrls urls,
            CurrentReviewInfo review,
            ObjectProvider<AccountLinks> links,
            Clock clock) {
        super("nav.users");
        this.accounts = accounts;
        this.invitations = invitations;
        this.urls = urls;
        this.review = review;
        accountLinks = links.getIfAvailable();
        linked = accountLinks == null ? Set.of() : accountLinks.linkedAccountIds();
        search = new SearchField(
                "user-search", "user.search", () -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> edit(new UserForm()));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(search, add);
        bar.addClassName("toolbar");

        grid.setId("user-grid");
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("user.username"))
                .setSortProperty("username");
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("user.display-name"))
                .setSortProperty("displayName");
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation(r.translationKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(u -> getTranslation(
                        !u.enabled()
                                ? "user.status.disabled"
                                : u.lockedAt(clock.instant()) ? "user.status.locked" : "user.status.active"))
                .setHeader(getTranslation("user.status"));
        grid.addComponentColumn(this::participantFlag)
                .setHeader(getTranslation("user.participant"))
                .setKey("participant");
        grid.addComponentColumn(u -> {
                    Button unlock = new Button(getTranslation("user.unlock"), e -> {
                        accounts.unlock(u.id());
                        grid.getDataProvider().refreshAll();
                    });
                    unlock.setVisible(u.lockedAt(clock.instant()));
                    return unlock;
                })
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(
                query -> accounts.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> edit(UserForm.of(e.getItem())));
        add(bar, grid);
    }

    /** Rapporteurs, contributors and observers act as a participant; an account without one cannot write its notes. */
    private Span participantFlag(UserSummary user) {
        boolean missing = AccountLinks.needsParticipant(user) && !linked.contains(user.id());
        Span flag = new Span(getTranslation(
                missing
                        ? "user.participant-missing"
                        : linked.contains(user.id()) ? "user.participant-linked" : "user.participant-none"));
        if (missing) {
            flag.getElement().getThemeList().add("badge error");
            flag.setId("participant-missing-" + user.username());
        }
        return flag;
    }

    private void edit(UserForm form) {
        UserDialog[] dialog = new UserDialog[1];
        dialog[0] = new UserDialog(
                form,
                saved -> {
                    return Actions.run(this, () -> {
                        UserSummary user = accounts.save(saved);
                        if (accountLinks != null) {
                            var chosen = dialog[0].chosenParticipant();
                            accountLinks.link(user.id(), chosen == null ? null : chosen.participantId());
                            linked = accountLinks.linkedAccountIds();
                        }
                        grid.getDataProvider().refreshAll();
                        Notifications.success(this, "user.saved");
                        if (form.getId() == null) {
                            showLink(user.id());
                        }
                    });
                },
                () -> Confirm.ask(
                        "user.reset-title",
                        "user.reset-text",
                        "user.reset-password",
                        () -> showLink(Objects.requireNonNull(form.getId(), "only a saved account is reset")),
                        form.getDisplayName()),
                accountLinks);
        dialog[0].open();
    }

    private void showLink(long accountId) {
        Actions.run(this, () -> {
            var invitation = invitations.issue(accountId);
            new LinkDialog(
                            getTranslation("invitation.issued-title", invitation.displayName()),
                            getTranslation(
                                    "invitation.issued-help",
                                    invitation.username(),
                                    Formats.dateTime(invitation.expiresAt(), review.zone(), getLocale())),
                            urls.absolute(invitation.path()))
                    .open();
        });
    }
}
