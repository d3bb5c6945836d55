package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.exchange.DebriefService;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.Feedback;
import org.jesr.desk.exchange.RequestStatus;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** The host's view of the exchange: delegations, side-meeting requests to answer, and shared feedback. */
@Route("delegations")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 9.7, icon = "vaadin:globe-wire", title = "nav.delegations")
class DelegationsView extends ReviewPage<Review> {

    private final SideMeetingService sideMeetings;
    private final ParticipantService participants;
    private final Div requests = new Div();
    private final Map<Long, Organization> organizations;
    private Map<Long, Delegation> delegations = Map.of();

    DelegationsView(
            ReviewService reviews,
            DelegationService delegationService,
            SideMeetingService sideMeetings,
            DebriefService debriefs,
            OrganizationService organizationService,
            ParticipantService participants) {
        super("nav.delegations", reviews.current());
        this.sideMeetings = sideMeetings;
        this.participants = participants;
        organizations = organizationService.all().stream().collect(Collectors.toMap(Organization::getId, o -> o));
        if (noReview()) {
            return;
        }
        delegations = delegationService.delegations(review().id()).stream()
                .collect(Collectors.toMap(Delegation::getId, d -> d));
        Grid<Delegation> grid = new Grid<>(Delegation.class, false);
        grid.setId("delegation-grid");
        grid.addColumn(Delegation::getCountry).setHeader(getTranslation("delegation.country"));
        grid.addColumn(d -> Locale.of(d.getLanguage()).getDisplayLanguage(getLocale()))
                .setHeader(getTranslation("delegation.language"));
        grid.addColumn(d -> d.getMemberIds().size()).setHeader(getTranslation("delegation.members"));
        grid.addColumn(d -> (d.getArrival() == null ? "—" : Formats.date(d.getArrival(), getLocale())) + " – "
                        + (d.getDeparture() == null ? "—" : Formats.date(d.getDeparture(), getLocale())))
                .setHeader(getTranslation("delegation.stay"));
        grid.addColumn(d -> d.getAgencyRepresentative() == null ? "" : d.getAgencyRepresentative())
                .setHeader(getTranslation("delegation.agency"))
                .setFlexGrow(2);
        grid.setItems(delegations.values().stream()
                .sorted(Comparator.comparing(Delegation::getCountry))
                .toList());
        grid.setAllRowsVisible(true);
        Runnable reload = () -> {
            delegations = delegationService.delegations(review().id()).stream()
                    .collect(Collectors.toMap(Delegation::getId, d -> d));
            grid.setItems(delegations.values().stream()
                    .sorted(Comparator.comparing(Delegation::getCountry))
                    .toList());
        };
        grid.addItemDoubleClickListener(e ->
                new DelegationDialog(delegationService, e.getItem(), participants.refs(review().id()), reload).open());
        Button addDelegation = new Button(getTranslation("delegation.add"), e -> {
            Delegation fresh = new Delegation();
            fresh.setReviewId(review().id());
            new DelegationDialog(delegationService, fresh, participants.refs(review().id()), reload).open();
        });
        addDelegation.setId("add-delegation");
        requests.setId("side-meeting-requests");
        Div feedback = new Div(new H3(getTranslation("feedback.all")));
        feedback.setId("shared-feedback");
        for (Feedback f : debriefs.sharedFeedback(review().id())) {
            Delegation from = delegations.get(f.getDelegationId());
            if (from == null) {
                continue;
            }
            Div row = new Div(
                    new H3(from.getCountry()),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.worked-well"), nullToEmpty(f.getWorkedWell()))),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.suggestions"), nullToEmpty(f.getSuggestions()))),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.take-home"), nullToEmpty(f.getTakeHome()))));
            row.addClassName("finding");
            feedback.add(row);
        }
        add(addDelegation, grid, new H3(getTranslation("side-meeting.title")), requests, feedback);
        refresh();
    }

    private void refresh() {
        requests.removeAll();
        for (SideMeetingRequest r : sideMeetings.requests(review().id())) {
            Delegation from = delegations.get(r.getDelegationId());
            if (from == null) {
                continue;
            }
            Div row = SideMeetingsPanel.SideMeetingLine.of(this, r, organizations);
            row.addComponentAsFirst(new Paragraph(from.getCountry()));
            if (r.getStatus() == RequestStatus.REQUESTED) {
                Button accept = new Button(
                        getTranslation("side-meeting.accept"),
                        e -> new AcceptDialog(
                                        sideMeetings,
                                        r,
                                        from,
                                        organizations,
                                        participants.refs(review().id()),
                                        review().zone(),
                                        this::refresh)
                                .open());
                accept.setId("accept-" + r.getId());
                Button decline = new Button(
                        getTranslation("side-meeting.decline"),
                        e -> new DeclineDialog(sideMeetings, r, this::refresh).open());
                decline.setId("decline-" + r.getId());
                decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(new Div(accept, decline));
            }
            requests.add(row);
        }
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
