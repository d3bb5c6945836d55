package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionLabels;
import org.jesr.desk.agenda.SessionLinks;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;

/** One session: details, documents, people, live status, and attendance for those who record it. */
@Route("session")
@PermitAll
class SessionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final ParticipantService participants;
    private final ReviewService reviews;
    private final LiveUpdates updates;
    private final boolean recorder;
    private String title = "";

    private final PublicUrls urls;
    private final ObjectProvider<SessionLinks> links;

    SessionView(
            AgendaService agenda,
            AttendanceService attendance,
            ParticipantService participants,
            ReviewService reviews,
            LiveUpdates updates,
            AuthenticationContext auth,
            PublicUrls urls,
            ObjectProvider<SessionLinks> links) {
        this.urls = urls;
        this.links = links;
        this.agenda = agenda;
        this.attendance = attendance;
        this.participants = participants;
        this.reviews = reviews;
        this.updates = updates;
        this.recorder = auth.hasAnyRole(AppRoles.ORGANIZER, AppRoles.RAPPORTEUR);
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        Review review = reviews.current().orElse(null);
        AgendaSession session = agenda.session(sessionId).orElse(null);
        if (review == null || session == null) {
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        title = session.getTitle();
        show(review, session);
        updates.bind(
                this,
                AgendaChanged.class,
                review.id(),
                change -> agenda.session(sessionId).ifPresent(fresh -> show(review, fresh)));
    }

    private void show(Review review, AgendaSession session) {
        removeAll();
        Map<Long, String> rooms =
                agenda.rooms(review.id()).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        Map<Long, ParticipantRef> people = participants.refsById(
                session.getPeople().stream().map(SessionPerson::participantId).toList());
        H2 heading = new H2(session.getTitle());
        heading.setId("session-title");
        Span status = new Span(SessionLabels.status(session, this::getTranslation));
        status.setId("session-status");
        Paragraph when = new Paragraph(
                Formats.weekdayDate(session.getStart().atZone(review.zone()).toLocalDate(), getLocale())
                        + ", " + Formats.time(session.getStart(), review.zone(), getLocale()) + " – "
                        + Formats.time(session.getEnd(), review.zone(), getLocale())
                        + (session.getRoomId() == null ? "" : " · " + rooms.getOrDefault(session.getRoomId(), "")));
        add(heading, status, when);
        if (session.getDescription() != null) {
            add(new Paragraph(session.getDescription()));
        }
        add(documents(session), peopleList(session, people), followButton(session.id()));
        if (recorder) {
            links.orderedStream()
                    .forEach(feature -> feature.linkFor(session).ifPresent(link -> {
                        Anchor anchor = new Anchor(link.href(), getTranslation(link.labelKey()));
                        anchor.setId(link.id());
                        anchor.addClassName("button-link");
                        add(anchor);
                    }));
            add(new AttendancePanel(session, review, attendance, participants, urls));
        }
    }

    private Div documents(AgendaSession session) {
        Div list = new Div();
        list.setId("session-documents");
        if (session.getDocumentLinks() != null) {
            Arrays.stream(session.getDocumentLinks().split("\\R"))
                    .map(String::trim)
                    .filter(link -> link.startsWith("https://") || link.startsWith("http://"))
                    .forEach(link -> {
                        Anchor anchor = new Anchor(link, link);
                        anchor.setTarget("_blank");
                        anchor.getElement().setAttribute("rel", "noopener noreferrer");
                        list.add(new Div(anchor));
                    });
        }
        return list;
    }

    private Div peopleList(AgendaSession session, Map<Long, ParticipantRef> people) {
        Div list = new Div();
        list.setId("session-people");
        session.getPeople().forEach(p -> {
            ParticipantRef ref = people.get(p.participantId());
            if (ref != null) {
                list.add(new Div(getTranslation(
                        "label.value",
                        getTranslation(p.role().translationKey()),
                        ref.name() + " (" + ref.organization() + ")")));
            }
        });
        return list;
    }

    private Button followButton(long sessionId) {
        Button follow = new Button(getTranslation(agenda.isFollowing(sessionId) ? "agenda.unfollow" : "agenda.follow"));
        follow.setId("follow-session");
        follow.addClickListener(e -> {
            Actions.run(this, () -> {
                boolean now = agenda.toggleFollow(sessionId);
                follow.setText(getTranslation(now ? "agenda.unfollow" : "agenda.follow"));
            });
        });
        return follow;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.agenda") : title;
    }
}
