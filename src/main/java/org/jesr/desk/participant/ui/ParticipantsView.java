package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.LinkDialog;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.base.ui.SearchField;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantAccountService;
import org.jesr.desk.participant.ParticipantFilter;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.UserAccountService;
import org.jspecify.annotations.Nullable;

/** Who takes part in the review, searchable by name, organization and constituency. */
@Route("participants")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.RAPPORTEUR, AppRoles.CONTRIBUTOR})
@Menu(order = 20, icon = "vaadin:users", title = "nav.participants")
class ParticipantsView extends ReviewPage<Review> {

    private final ParticipantService participants;
    private final OrganizationService organizations;
    private final Grid<Participant> grid = new Grid<>(Participant.class, false);
    private final ConstituencyCounts counts = new ConstituencyCounts();
    private final SearchField search = new SearchField("participant-search", "participant.search", this::refresh);
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final ComboBox<Constituency> constituency = new ComboBox<>();
    private final boolean organizer;
    private final long reviewId;
    private final ParticipantAccountService accountService;
    private final PublicUrls urls;
    private final UserAccountService userAccounts;
    private @Nullable AccountActions accountActions;
    private ZoneId zone = ZoneId.of("UTC");

    ParticipantsView(
            ParticipantService participants,
            OrganizationService organizations,
            ReviewService reviews,
            AuthenticationContext auth,
            ParticipantAccountService accountService,
            PublicUrls urls,
            UserAccountService userAccounts) {
        super("nav.participants", reviews.current());
        this.participants = participants;
        this.accountService = accountService;
        this.urls = urls;
        this.userAccounts = userAccounts;
        this.organizations = organizations;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        this.reviewId = noReview() ? -1 : review().id();
        if (noReview()) {
            return;
        }
        zone = review().zone();
        add(counts, filters(), grid);
        configureGrid();
        refresh();
    }

    private Div filters() {
        organization.setId("filter-organization");
        organization.setPlaceholder(getTranslation("participant.organization"));
        organization.setItems(organizations.all());
        organization.setItemLabelGenerator(Organization::shortName);
        organization.setClearButtonVisible(true);
        constituency.setId("filter-constituency");
        constituency.setPlaceholder(getTranslation("participant.constituency"));
        constituency.setItems(Constituency.values());
        constituency.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        constituency.setClearButtonVisible(true);
        organization.addValueChangeListener(e -> refresh());
        constituency.addValueChangeListener(e -> refresh());
        Div bar = new Div(search, organization, constituency);
        bar.addClassName("toolbar");
        if (organizer) {
            bar.add(organizerActions());
        }
        return bar;
    }

    private Div organizerActions() {
        Button add =
                new Button(getTranslation("participant.add"), VaadinIcon.PLUS.create(), e -> edit(newParticipant()));
        add.setId("add-participant");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(
                getTranslation("participant.import"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(ParticipantImports.participants(participants, reviewId), this::refresh).open());
        importCsv.setId("import-participants");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = participants.exportCsv(reviewId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "participants.csv", "text/csv", bytes.length);
                }),
                getTranslation("participant.export"));
        export.setId("export-participants");
        export.addClassName("button-link");
        accountActions =
                new AccountActions(accountService, urls, reviewId, zone, grid::getSelectedItems, this::refresh);
        return new Div(add, importCsv, export, accountActions);
    }

    private void configureGrid() {
        grid.setId("participant-grid");
        // A table, not a list of texts: its rows wrap at 768 px instead of cutting names short.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Participant::getName)
                .setHeader(getTranslation("participant.name"))
                .setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(p ->
                        p.getOrganization() == null ? "" : p.getOrganization().shortName())
                .setHeader(getTranslation("participant.organization"))
                .setSortProperty("organization.name");
        grid.addColumn(p -> p.getOrganization() == null
                        ? ""
                        : getTranslation(p.getOrganization().getConstituency().translationKey()))
                .setHeader(getTranslation("participant.constituency"))
                .setSortProperty("organization.constituency");
        grid.addColumn(Participant::getTitle).setHeader(getTranslation("participant.title"));
        grid.addColumn(Participant::getEmail)
                .setHeader(getTranslation("participant.email"))
                .setSortProperty("email");
        if (organizer) {
            grid.addColumn(p -> p.getUserAccountId() == null ? "—" : getTranslation("participant.has-account"))
                    .setHeader(getTranslation("participant.account"))
                    .setId("account-column");
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> {
                if (accountActions != null) {
                    accountActions.selectionChanged(e.getAllSelectedItems().size());
                }
            });
        }
        grid.setItems(query ->
                participants.search(reviewId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        if (organizer) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
    }

    private ParticipantFilter filter() {
        return new ParticipantFilter(
                search.getValue(),
                organization.getValue() == null ? null : organization.getValue().getId(),
                constituency.getValue());
    }

    private Participant newParticipant() {
        Participant participant = new Participant();
        participant.setReviewId(reviewId);
        return participant;
    }

    private void edit(Participant participant) {
        ParticipantDialog dialog =
                new ParticipantDialog(participant, organizations.all(), userAccounts.all(), saved -> {
                    return Actions.run(this, () -> {
                        participants.save(saved);
                        Notifications.success(this, "participant.saved");
                        refresh();
                    });
                });
        if (!participant.isNew()) {
            dialog.addRemove(() -> new ParticipantRemoval(participants, participant, this::refresh).start());
        }
        if (participant.getUserAccountId() != null) {
            dialog.addNewLink(() -> Confirm.ask(
                    "user.reset-title",
                    "user.reset-text",
                    "user.reset-password",
                    () -> {
                        Actions.run(this, () -> {
                            var invitation = accountService.newLink(participant.id());
                            new LinkDialog(
                                            getTranslation("invitation.issued-title", participant.getName()),
                                            getTranslation(
                                                    "invitation.issued-help",
                                                    invitation.username(),
                                                    Formats.dateTime(invitation.expiresAt(), zone, getLocale())),
                                            urls.absolute(invitation.path()))
                                    .open();
                        });
                    },
                    participant.getName()));
        }
        dialog.open();
    }

    private void refresh() {
        boolean filtered =
                !search.getValue().isBlank() || organization.getValue() != null || constituency.getValue() != null;
        grid.setEmptyStateText(
                organizer
                        ? EmptyList.say(
                                this, filtered, "participant.empty-organizer", "participant.import", "participant.add")
                        : EmptyList.say(this, filtered, "participant.empty"));
        grid.getDataProvider().refreshAll();
        counts.show(participants.countByConstituency(reviewId));
    }
}
