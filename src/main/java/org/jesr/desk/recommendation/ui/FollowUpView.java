package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.PreviousRecommendationsImport;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The accountability register: the agreed recommendations of last year's review (or of this one,
 * once agreed), who answers for each and by when, and the dated updates their organizations report
 * all year. Organizers see every one; contributors report for their own organization.
 */
@Route("follow-up")
@PermitAll
@Menu(order = 9.5, icon = "vaadin:chart-timeline", title = "nav.follow-up")
class FollowUpView extends ReviewPage<Review> {

    private final AccountabilityService accountability;
    private final List<Organization> organizations;
    private final Map<Long, String> organizationNames;
    private final boolean organizer;
    private final EvidenceService evidence;
    private final Div list = new Div();
    private final Div summary = new Div();
    private @Nullable FollowUpFilters filters;
    private @Nullable Review shown;

    FollowUpView(
            ReviewService reviews,
            AccountabilityService accountability,
            ThemeService themes,
            OrganizationService organizationService,
            EvidenceService evidence,
            AuthenticationContext auth,
            PreviousRecommendationsImport importer) {
        super("nav.follow-up", reviews.current());
        this.accountability = accountability;
        this.evidence = evidence;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        this.organizations = organizationService.all();
        this.organizationNames =
                organizations.stream().collect(Collectors.toMap(Organization::id, Organization::getName));
        if (noReview()) {
            return;
        }
        Review current = review();
        Review previous = reviews.previous(current).orElse(null);
        boolean canImport = organizer && importer.allowed(current.id());
        if (previous == null) {
            Paragraph none = new Paragraph(
                    canImport
                            ? EmptyList.say(this, false, "follow-up.none-organizer", "follow-up.import")
                            : getTranslation("follow-up.none"));
            none.setId("follow-up-none");
            add(none);
        }
        Div bar = new Div();
        bar.addClassName("toolbar");
        if (canImport) {
            Button importFile = new Button(
                    getTranslation("follow-up.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(
                                    FollowUpImport.spec(importer, current.id()),
                                    () -> UI.getCurrent().refreshCurrentRoute(false))
                            .open());
            importFile.setId("import-previous-recommendations");
            bar.add(importFile);
        }
        add(bar);
        List<Review> choices = new ArrayList<>();
        if (previous != null) {
            choices.add(previous);
        }
        choices.add(current);
        Select<Review> which = new Select<>();
        which.setId("follow-up-review");
        which.setLabel(getTranslation("accountability.review"));
        which.setItems(choices);
        which.setItemLabelGenerator(Review::getName);
        // A review's full name is long: a select of the default width would cut it on a tablet.
        which.setWidth("min(100%, 28em)");
        which.setValue(choices.getFirst());
        which.addValueChangeListener(e -> show(e.getValue(), themes));
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = accountability.xlsx(shown().id(), filter(), getLocale(), this::getTranslation);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "recommendations-follow-up.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                getTranslation("accountability.export"));
        xlsx.setId("follow-up-xlsx");
        xlsx.addClassName("button-link");
        Div filterBar = new Div(which);
        filterBar.addClassName("toolbar");
        filters = new FollowUpFilters(filterBar, organizations, this::refresh);
        filterBar.add(xlsx);
        summary.setId("follow-up-summary");
        list.setId("follow-up-list");
        add(filterBar, new H3(getTranslation("follow-up.summary")), summary, list);
        show(choices.getFirst(), themes);
    }

    private FollowUpFilters filters() {
        return Objects.requireNonNull(filters, "set when the screen is built");
    }

    private AccountabilityFilter filter() {
        return filters().filter();
    }

    private Review shown() {
        return Objects.requireNonNull(shown, "set when the screen is built");
    }

    private void show(Review review, ThemeService themes) {
        shown = review;
        filters().themes(themes.list(review.id()));
        refresh();
    }

    private void refresh() {
        List<Accountable> rows = accountability.register(shown().id(), filter());
        FollowUpSummary.fill(summary, rows, filters().themes(), this::getTranslation);
        list.removeAll();
        // Evidence of progress is this year's: the current review's documents and indicators.
        List<EvidenceService.Choice> choices = evidence.choices(review().id());
        Set<Long> updatable = accountability.updatable(rows);
        for (Accountable a : rows) {
            list.add(new FollowUpRow(
                    a,
                    organizationNames,
                    shown().zone(),
                    organizer,
                    updatable.contains(a.recommendation().id()),
                    new FollowUpRow.Actions(
                            () -> new AssignDialog(a.recommendation(), organizations, accountability, this::refresh)
                                    .open(),
                            () -> new ProgressUpdateDialog(a, accountability, choices, this::refresh).open()),
                    () -> accountability.history(a.recommendation().id())));
        }
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("accountability.empty"));
            empty.setId("follow-up-empty");
            list.add(empty);
        }
    }
}
