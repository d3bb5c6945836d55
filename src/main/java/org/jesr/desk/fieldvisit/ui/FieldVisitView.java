package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.fieldvisit.Checklist;
import org.jesr.desk.fieldvisit.ChecklistService;
import org.jesr.desk.fieldvisit.FieldVisit;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.fieldvisit.Site;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** A field visit: the team's mix, the logistics, and each site's observations and photos. */
@Route("field-visit")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.RAPPORTEUR, AppRoles.CONTRIBUTOR})
class FieldVisitView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FieldVisitService visits;
    private final ChecklistService checklists;
    private final MapTiles tiles;
    private final AgendaService agenda;
    private final ReviewService reviews;
    private final boolean organizer;
    private String title = "";

    FieldVisitView(
            FieldVisitService visits,
            ChecklistService checklists,
            AgendaService agenda,
            ReviewService reviews,
            MapTiles tiles,
            AuthenticationContext auth) {
        this.tiles = tiles;
        this.visits = visits;
        this.checklists = checklists;
        this.agenda = agenda;
        this.reviews = reviews;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        AgendaSession session = agenda.session(sessionId).orElse(null);
        if (session == null) {
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        title = session.getTitle();
        FieldVisit visit = visits.forSession(sessionId);
        ZoneId zone = reviews.find(session.getReviewId()).orElseThrow().zone();
        add(new H2(session.getTitle()));
        Set<Constituency> missing = visits.missingConstituencies(sessionId);
        if (!missing.isEmpty()) {
            Paragraph warning = new Paragraph("⚠ "
                    + getTranslation(
                            "visit.team-lacks",
                            missing.stream()
                                    .map(c -> getTranslation(c.translationKey()))
                                    .sorted()
                                    .collect(Collectors.joining(", "))));
            warning.setId("team-mix-warning");
            warning.addClassName("warnings");
            add(warning);
        }
        add(new H3(getTranslation("visit.logistics")), logistics(visit, zone));
        boolean recorder = visits.canRecord(sessionId);
        List<Site> sites = visits.sites(visit.id());
        Div report = new Div(new VisitReport(visits.figures(visit.id()), sites, tiles));
        // A site saved below changes the sums at once, as the team would expect.
        Runnable refresh = () -> {
            report.removeAll();
            report.add(new VisitReport(visits.figures(visit.id()), visits.sites(visit.id()), tiles));
        };
        add(report, new H3(getTranslation("visit.sites")));
        if (recorder) {
            // The kit is a page of its own (no Vaadin), so the router must not take the link.
            Anchor kit = new Anchor("kit/index.html?visit=" + visit.id(), getTranslation("visit.kit"));
            kit.setRouterIgnore(true);
            kit.setId("open-field-kit");
            add(new Paragraph(kit, new Span(" " + getTranslation("visit.kit.help"))));
        }
        sites.forEach(site -> add(new SitePanel(
                site,
                checklists.revision(visit.getReviewId(), site.getChecklistRevision()),
                visits,
                recorder,
                refresh)));
        if (recorder) {
            Button addSite = new Button(getTranslation("site.add"), e -> {
                Checklist current = checklists.current(visit.getReviewId());
                Site site = new Site();
                site.setFieldVisitId(visit.id());
                site.setChecklistRevision(current.revision());
                addComponentAtIndex(getComponentCount() - 1, new SitePanel(site, current, visits, true, refresh));
            });
            addSite.setId("add-site");
            add(addSite);
        }
    }

    private FormLayout logistics(FieldVisit visit, ZoneId zone) {
        Binder<FieldVisit> binder = new Binder<>(FieldVisit.class);
        DateTimePicker departure = ComponentTexts.localize(new DateTimePicker(getTranslation("visit.departure")));
        TextField place = new TextField(getTranslation("visit.departure-place"));
        TextField vehicle = new TextField(getTranslation("visit.vehicle"));
        TextField driver = new TextField(getTranslation("visit.driver"));
        DateTimePicker back = ComponentTexts.localize(new DateTimePicker(getTranslation("visit.return")));
        binder.forField(departure)
                .bind(
                        v -> v.getDepartureAt() == null
                                ? null
                                : v.getDepartureAt().atZone(zone).toLocalDateTime(),
                        (v, t) -> v.setDepartureAt(
                                t == null ? null : t.atZone(zone).toInstant()));
        binder.forField(place)
                .withNullRepresentation("")
                .bind(FieldVisit::getDeparturePlace, FieldVisit::setDeparturePlace);
        binder.forField(vehicle).withNullRepresentation("").bind(FieldVisit::getVehicle, FieldVisit::setVehicle);
        binder.forField(driver)
                .withNullRepresentation("")
                .bind(FieldVisit::getDriverContact, FieldVisit::setDriverContact);
        binder.forField(back)
                .bind(
                        v -> v.getReturnAt() == null
                                ? null
                                : v.getReturnAt().atZone(zone).toLocalDateTime(),
                        (v, t) ->
                                v.setReturnAt(t == null ? null : t.atZone(zone).toInstant()));
        binder.setBean(visit);
        binder.setReadOnly(!organizer);
        FormLayout form = new FormLayout(departure, place, vehicle, driver, back);
        if (organizer) {
            Button save = new Button(getTranslation("action.save"), e -> {
                Actions.run(this, () -> {
                    binder.setBean(visits.saveLogistics(binder.getBean()));
                    Notifications.success(this, "visit.saved");
                });
            });
            save.setId("save-logistics");
            form.add(save);
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
