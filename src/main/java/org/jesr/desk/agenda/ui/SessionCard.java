package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.util.Map;
import org.jesr.desk.agenda.SessionLabels;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.Formats;
import org.springframework.web.util.HtmlUtils;

/**
 * One session as a tappable card: time, type and room, title, live status.
 *
 * <p>Every observer's agenda holds a dozen of these, and with a component per line a card was
 * seven nodes of server-side state, a third of the whole screen. So a card is one element whose
 * lines are written as markup, every piece of text in it escaped first: what people typed stays
 * text, never markup. It keeps no session, only what it shows.
 */
class SessionCard extends Div {

    private String lines = "";

    SessionCard(SessionSummary session, ZoneId zone, Map<Long, String> rooms, Runnable onClick) {
        addClassName("session-card");
        setId("session-" + session.id());
        getElement().setAttribute("data-status", session.status().name());
        String room = session.roomId() == null ? "" : rooms.getOrDefault(session.roomId(), "");
        line("meta", Formats.time(session.start(), zone, getLocale()) + " – " + Formats.time(session.end(), zone, getLocale())
                + " · " + getTranslation(session.type().translationKey()) + (room.isEmpty() ? "" : " · " + room), "");
        line("title", session.title(), "");
        line("status", SessionLabels.status(session, this::getTranslation),
                " data-late=\"" + (session.delayMinutes() > 0 && session.status() == SessionStatus.SCHEDULED) + "\"");
        addClickListener(e -> onClick.run());
    }

    void highlight(String badge) {
        addClassName("highlighted");
        line("highlight-badge", "★ " + badge, "");
    }

    /** A line of its own under the card, such as a notice for the person looking at it. */
    void note(String text) {
        line("notice", text, "");
    }

    private void line(String styleClass, String text, String attributes) {
        // A String, not a builder: the card keeps its markup for as long as the screen is open.
        lines = lines + "<span class=\"" + styleClass + '"' + attributes + '>' + HtmlUtils.htmlEscape(text) + "</span>";
        getElement().setProperty("innerHTML", lines);
    }
}
