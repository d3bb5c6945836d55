package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.base.ui.Tabbed;
import org.jesr.desk.exchange.DebriefService;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.ImprovementPlanService;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** A visiting delegation's own workspace: objectives, daily debriefs, side meetings, feedback and plan. */
@Route("delegation")
@RolesAllowed(AppRoles.OBSERVER)
@Menu(order = 4.5, icon = "vaadin:globe", title = "nav.delegation")
class DelegationView extends Page {

    DelegationView(
            ReviewService reviews,
            DelegationService delegations,
            DebriefService debriefs,
            SideMeetingService sideMeetings,
            ImprovementPlanService plans,
            ThemeService themes,
            OrganizationService organizations,
            AgendaService agenda) {
        super("nav.delegation");
        Review review = reviews.current().orElse(null);
        Delegation delegation =
                review == null ? null : delegations.mine(review.id()).orElse(null);
        if (review == null || delegation == null) {
            add(new Paragraph(getTranslation("delegation.none")));
            return;
        }
        Span dates = new Span(getTranslation(
                "delegation.dates",
                delegation.getArrival() == null ? "—" : Formats.date(delegation.getArrival(), getLocale()),
                delegation.getDeparture() == null ? "—" : Formats.date(delegation.getDeparture(), getLocale())));
        dates.addClassName("meta");
        Tabbed tabs = new Tabbed("delegation-tabs");
        tabs.setWidthFull();
        tabs.add(
                getTranslation("objective.title"),
                new ObjectivesPanel(delegations, delegation, themes.list(review.id())));
        tabs.add(
                getTranslation("debrief.title"),
                new DebriefPanel(debriefs, delegation, agenda.days(review.id(), review.zone())));
        tabs.add(
                getTranslation("side-meeting.title"),
                new SideMeetingsPanel(
                        sideMeetings,
                        delegation,
                        review.id(),
                        organizations.all().stream().collect(Collectors.toMap(o -> o.getId(), o -> o))));
        tabs.add(getTranslation("feedback.title"), new FeedbackPanel(debriefs, delegation));
        tabs.add(
                getTranslation("plan.title"),
                new PlanPanel(plans, delegation, delegations.objectives(delegation.id())));
        add(
                new H2(getTranslation("delegation.heading", Countries.name(delegation.getCountry(), getLocale()))),
                dates,
                tabs);
    }
}
