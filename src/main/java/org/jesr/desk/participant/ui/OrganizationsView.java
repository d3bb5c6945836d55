package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.base.ui.SearchField;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.security.AppRoles;

/** The organizations taking part, readable by all; organizers maintain the list. */
@Route("organizations")
@PermitAll
@Menu(order = 10, icon = "vaadin:building", title = "nav.organizations")
class OrganizationsView extends Page {

    private final OrganizationService organizations;
    private final Grid<Organization> grid = new Grid<>(Organization.class, false);
    private final SearchField search;
    private final boolean organizer;

    OrganizationsView(OrganizationService organizations, AuthenticationContext auth) {
        super("nav.organizations");
        this.organizations = organizations;
        organizer = auth.hasRole(AppRoles.ORGANIZER);
        search = new SearchField("organization-search", "organization.search", this::refresh);
        Div bar = new Div(search);
        bar.addClassName("toolbar");

        grid.setId("organization-grid");
        // A table, not a list of texts: its rows wrap at 768 px instead of cutting names short.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Organization::getName)
                .setHeader(getTranslation("organization.name"))
                .setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(Organization::getAcronym)
                .setHeader(getTranslation("organization.acronym"))
                .setSortProperty("acronym");
        grid.addColumn(o -> getTranslation(o.getConstituency().translationKey()))
                .setHeader(getTranslation("organization.constituency"))
                .setSortProperty("constituency");
        grid.setItems(query ->
                organizations.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        if (organizer) {
            Button add = new Button(
                    getTranslation("organization.add"), VaadinIcon.PLUS.create(), e -> edit(new Organization()));
            add.setId("add-organization");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importCsv = new Button(
                    getTranslation("organization.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(ParticipantImports.organizations(organizations), this::refresh).open());
            importCsv.setId("import-organizations");
            bar.add(add, importCsv);
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        boolean filtered = !search.getValue().isBlank();
        grid.setEmptyStateText(
                organizer
                        ? EmptyList.say(
                                this,
                                filtered,
                                "organization.empty-organizer",
                                "organization.import",
                                "organization.add")
                        : EmptyList.say(this, filtered, "organization.empty"));
        grid.getDataProvider().refreshAll();
    }

    private void edit(Organization organization) {
        new OrganizationDialog(organization, saved -> {
                    return Actions.run(this, () -> {
                        organizations.save(saved);
                        refresh();
                    });
                })
                .open();
    }
}
