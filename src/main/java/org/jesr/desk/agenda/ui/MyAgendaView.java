package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.CalendarService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionNotices;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;

/** The sessions a person chairs, reports, attends or follows, and their personal calendar feed. */
@Route("my-agenda")
@PermitAll
@Menu(order = 3, icon = "vaadin:user-clock", title = "nav.my-agenda")
class MyAgendaView extends ReviewPage<Review> {

    private final CalendarService calendars;
    private final TextField feed = new TextField();

    MyAgendaView(ReviewService reviews, AgendaService agenda, CalendarService calendars, List<SessionNotices> notices) {
        super("nav.my-agenda", reviews.current());
        this.calendars = calendars;
        if (noReview()) {
            return;
        }
        Map<Long, String> rooms =
                agenda.rooms(review().id()).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        Div list = new Div();
        list.setId("my-sessions");
        list.addClassName("room-column");
        LocalDate shownDay = null;
        for (AgendaSession s : agenda.mySessions(review().id())) {
            // Three days ran together without a heading between them (issue 21).
            LocalDate day = s.getStart().atZone(review().zone()).toLocalDate();
            if (!day.equals(shownDay)) {
                H3 heading = new H3(Formats.weekdayDate(day, getLocale()));
                heading.setId("my-day-" + day);
                heading.addClassName("day-heading");
                list.add(heading);
                shownDay = day;
            }
            SessionCard card = SessionCard.link(SessionSummary.of(s), review().zone(), rooms);
            notices.forEach(n -> n.noticeFor(s, review().zone(), getLocale(), this::getTranslation)
                    .ifPresent(card::note));
            list.add(card);
        }
        if (shownDay == null) {
            list.add(new Paragraph(getTranslation("my-agenda.empty")));
        }
        add(list);
        try {
            feed.setId("calendar-feed");
            feed.setLabel(getTranslation("my-agenda.feed"));
            feed.setReadOnly(true);
            feed.setWidthFull();
            feed.setValue(feedUrl(calendars.myFeedToken(review().id())));
            Button reset = new Button(
                    getTranslation("my-agenda.reset-feed"),
                    e -> feed.setValue(feedUrl(calendars.resetMyFeedToken(review().id()))));
            reset.setId("reset-feed");
            add(new Paragraph(getTranslation("my-agenda.feed-help")), feed, reset);
        } catch (TranslatedException notAParticipant) {
            add(new Paragraph(getTranslation("agenda.error.not-a-participant")));
        }
    }

    private static String feedUrl(String token) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String base = request == null
                ? ""
                : request.getHttpServletRequest().getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1");
        return base + "/ical/personal/" + token + ".ics";
    }
}
