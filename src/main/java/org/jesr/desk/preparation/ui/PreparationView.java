package org.jesr.desk.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.preparation.Milestone;
import org.jesr.desk.preparation.MilestoneKind;
import org.jesr.desk.preparation.MilestoneProgress;
import org.jesr.desk.preparation.PreparationService;
import org.jesr.desk.preparation.Readiness;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The readiness view: the review's milestones before and after the meeting days, counted from its
 * dates, with what is late first in the secretariat's eye.
 */
@Route("preparation")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 89.5, icon = "vaadin:calendar-clock", title = "nav.preparation")
class PreparationView extends ReviewPage<Review> {

    private final PreparationService service;
    private final List<Organization> organizations;
    private final Map<Long, String> organizationNames;
    private final Map<String, String> evidence = new LinkedHashMap<>();
    private final Clock clock;
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();

    PreparationView(
            ReviewService reviews,
            PreparationService service,
            OrganizationService organizationService,
            DocumentService documents,
            AgendaService agenda,
            Clock clock) {
        super("nav.preparation", reviews.current());
        this.service = service;
        this.clock = clock;
        this.organizations = organizationService.all();
        this.organizationNames =
                organizations.stream().collect(Collectors.toMap(Organization::id, Organization::getName));
        if (noReview()) {
            return;
        }
        long reviewId = review().id();
        documents
                .list(reviewId)
                .forEach(d -> evidence.put(
                        "document:" + d.id(), getTranslation("milestone.evidence-document", d.getTitle())));
        agenda.sessions(reviewId, review().zone(), AgendaFilter.day(null))
                .forEach(s ->
                        evidence.put("session:" + s.id(), getTranslation("milestone.evidence-session", s.getTitle())));
        Button defaults = new Button(getTranslation("milestone.set-up"), VaadinIcon.MAGIC.create(), e -> {
            Actions.run(this, () -> service.setUpDefaults(reviewId));
            refresh();
        });
        defaults.setId("milestones-set-up");
        defaults.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(
                getTranslation("milestone.add"),
                VaadinIcon.PLUS.create(),
                e -> new MilestoneDialog(
                                Milestone.of(reviewId, MilestoneKind.CUSTOM, 0), organizations, service, this::refresh)
                        .open());
        add.setId("milestone-add");
        Div bar = new Div(defaults, add);
        bar.addClassName("toolbar");
        summary.setId("milestones-summary");
        list.setId("milestones");
        add(new Paragraph(getTranslation("milestone.intro")), bar, summary, list);
        refresh();
    }

    private void refresh() {
        List<MilestoneProgress> timeline = service.timeline(review().id());
        long late =
                timeline.stream().filter(p -> p.readiness() == Readiness.LATE).count();
        long soon = timeline.stream()
                .filter(p -> p.readiness() == Readiness.DUE_SOON)
                .count();
        long done = timeline.stream().filter(p -> p.doneOn() != null).count();
        summary.setText(
                timeline.isEmpty()
                        ? getTranslation("milestone.none")
                        : getTranslation("milestone.summary", late, soon, done, timeline.size()));
        list.removeAll();
        ZoneId zone = review().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (MilestoneProgress p : timeline) {
            Milestone m = p.milestone();
            list.add(new MilestoneCard(
                    p,
                    organizationNames,
                    evidence,
                    new MilestoneCard.Actions(
                            () -> new MilestoneDialog(m, organizations, service, this::refresh).open(),
                            () -> new DoneDialog(m, today, evidence, service, this::refresh).open(),
                            () -> {
                                Actions.run(this, () -> service.reopen(m.id()));
                                refresh();
                            },
                            () -> Confirm.ask(
                                    "milestone.delete-title",
                                    "milestone.delete-text",
                                    "action.delete",
                                    () -> {
                                        Actions.run(this, () -> service.delete(m.id()));
                                        refresh();
                                    },
                                    MilestoneTexts.title(this, m)))));
        }
    }
}
