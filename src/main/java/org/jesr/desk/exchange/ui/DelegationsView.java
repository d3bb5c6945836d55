package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.CardList;
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
        CardList<Delegation> list = new CardList<>(
                "delegation-grid",
                d -> CardList.Card.of(
                        Countries.name(d.getCountry(), getLocale()),
                        getTranslation(
                                "label.value",
                                getTranslation("delegation.members"),
                                d.getMemberIds().size()),
                        d.getAgencyRepresentative() == null
                                ? ""
                                : getTranslation(
                                        "label.value",
                                        getTranslation("delegation.agency"),
                                        d.getAgencyRepresentative()),
                        CardList.join(
                                Locale.of(d.getLanguage()).getDisplayLanguage(getLocale()),
                                (d.getArrival() == null ? "—" : Formats.date(d.getArrival(), getLocale())) + " – "
                                        + (d.getDeparture() == null
                                                ? "—"
                                                : Formats.date(d.getDeparture(), getLocale())))));
        list.grid().setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("delegation.empty", getTranslation("delegation.add")));
        Runnable reload = () -> {
            delegations = delegationService.delegations(review().id()).stream()
                    .collect(Collectors.toMap(Delegation::getId, d -> d));
            list.setItems(delegations.values().stream()
                    .sorted(Comparator.comparing(Delegation::getCountry))
                    .toList());
        };
        reload.run();
        list.onOpen(d -> new DelegationDialog(delegationService, d, participants.refs(review().id()), reload).open());
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
                    new H3(Countries.name(from.getCountry(), getLocale())),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.worked-well"), nullToEmpty(f.getWorkedWell()))),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.suggestions"), nullToEmpty(f.getSuggestions()))),
                    new Paragraph(getTranslation(
                            "label.value", getTranslation("feedback.take-home"), nullToEmpty(f.getTakeHome()))));
            row.addClassName("finding");
            feedback.add(row);
        }
        add(addDelegation, list, new H3(getTranslation("side-meeting.title")), requests, feedback);
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
            row.addComponentAsFirst(new Paragraph(Countries.name(from.getCountry(), getLocale())));
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
