package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;

/**
 * What each constituency owes the review. Organizers see every organization's checklist and
 * what is overdue; a contributor sees their organization's items and hands in what is due.
 */
@Route("obligations")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.CONTRIBUTOR})
@Menu(order = 8.3, icon = "vaadin:clipboard-check", title = "nav.obligations")
class ObligationsView extends ReviewPage<Review> {

    enum Show {
        ALL,
        OWED,
        OVERDUE
    }

    private final ObligationService obligations;
    private final CardList<Obligation> grid = new CardList<>("obligation-grid", this::card, this::overdue);
    private final Div owed = new Div();
    private final Select<Show> show = new Select<>();
    private final Map<Long, Organization> organizations;
    private final boolean organizer;
    private LocalDate today = LocalDate.MIN;

    ObligationsView(
            ReviewService reviews,
            ObligationService obligations,
            OrganizationService organizationService,
            DocumentService documents,
            AuthenticationContext auth) {
        super("nav.obligations", reviews.current());
        this.obligations = obligations;
        organizer = auth.hasRole(AppRoles.ORGANIZER);
        organizations = organizationService.all().stream().collect(Collectors.toMap(Organization::getId, o -> o));
        if (noReview()) {
            return;
        }
        show.setId("obligation-filter");
        show.setLabel(getTranslation("obligation.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(
                s -> getTranslation("obligation.show." + s.name().toLowerCase(Locale.ROOT)));
        show.setValue(Show.ALL);
        show.addValueChangeListener(e -> refresh());
        owed.setId("owed-by-organization");
        owed.addClassName("counts");
        grid.onOpen(o -> new SubmissionDialog(obligations, documents, o, organizer, this::refresh).open());
        Div bar = new Div(show);
        bar.addClassName("toolbar");
        if (organizer) {
            Button add = new Button(
                    getTranslation("obligation.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new ObligationDialog(
                                    obligations, review().id(), List.copyOf(organizations.values()), this::refresh)
                            .open());
            add.setId("add-obligation");
            bar.add(add);
        }
        add(bar, owed, grid);
        refresh();
    }

    private boolean overdue(Obligation o) {
        return o.overdue(today);
    }

    private CardList.Card card(Obligation o) {
        String due = o.getDueDate() == null
                ? "—"
                : Formats.date(o.getDueDate(), getLocale())
                        + (o.overdue(today) ? " · " + getTranslation("obligation.overdue") : "");
        return CardList.Card.of(
                o.getTitle(),
                getTranslation(o.getStatus().translationKey()),
                getTranslation("label.value", getTranslation("obligation.due"), due),
                CardList.join(
                        organizationName(o.getOrganizationId()),
                        getTranslation(o.getConstituency().translationKey()),
                        getTranslation("obligation.open", o.getSubmissions().size())));
    }

    private void refresh() {
        // Asked once per refresh, not once per row.
        today = obligations.today(review().id());
        grid.setEmptyStateText(
                organizer
                        ? EmptyList.say(
                                this, show.getValue() != Show.ALL, "obligation.empty-organizer", "obligation.add")
                        : EmptyList.say(this, show.getValue() != Show.ALL, "obligation.empty"));
        grid.setItems(obligations.visible(review().id()).stream()
                .filter(o -> switch (show.getValue()) {
                    case ALL -> true;
                    case OWED -> o.getStatus().owed();
                    case OVERDUE -> o.overdue(today);
                })
                .toList());
        owed.removeAll();
        if (organizer) {
            obligations.owedByOrganization(review().id()).values().stream()
                    .filter(s -> s.owed() > 0)
                    .forEach(s -> {
                        Span badge = new Span(getTranslation(
                                "obligation.owed-badge", organizationName(s.organizationId()), s.owed(), s.overdue()));
                        badge.addClassName(s.overdue() > 0 ? "count-badge-alert" : "count-badge");
                        badge.addClassName("count-badge");
                        owed.add(badge);
                    });
        }
    }

    private String organizationName(long id) {
        Organization organization = organizations.get(id);
        return organization == null ? "?" : organization.shortName();
    }
}
