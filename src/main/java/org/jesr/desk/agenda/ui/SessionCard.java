package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.ZoneId;
import java.util.Map;
import org.jesr.desk.agenda.SessionLabels;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.Formats;
import org.springframework.web.util.HtmlUtils;

/**
 * One session as a card: time, type and room, title, live status.
 *
 * <p>Every observer's agenda holds a dozen of these, and with a component per line a card was
 * seven nodes of server-side state, a third of the whole screen. So a card is one element whose
 * lines are written as markup, every piece of text in it escaped first: what people typed stays
 * text, never markup. It keeps no session, only what it shows.
 *
 * <p>A card that opens the session's page is a link ({@link #link}), as Indico's timetable entries
 * are: it can be reached and opened from the keyboard, opened in a new tab, and Flow's client
 * navigates it without the server keeping a click listener per card (with a dozen cards on every
 * observer's screen, a tenth of what the screen held; see BENCHMARKS.md).
 */
class SessionCard extends Component implements HasStyle, ClickNotifier<SessionCard> {

    private String lines = "";

    private SessionCard(String tag, SessionSummary session, ZoneId zone, Map<Long, String> rooms) {
        super(new Element(tag));
        addClassName("session-card");
        setId("session-" + session.id());
        getElement().setAttribute("data-status", session.status().name());
        String room = session.roomId() == null ? "" : rooms.getOrDefault(session.roomId(), "");
        line(
                "meta",
                Formats.time(session.start(), zone, getLocale()) + " – "
                        + Formats.time(session.end(), zone, getLocale()) + " · "
                        + getTranslation(session.type().translationKey()) + (room.isEmpty() ? "" : " · " + room),
                "");
        line("title", session.title(), "");
        line(
                "status",
                SessionLabels.status(session, this::getTranslation),
                " data-late=\"" + (session.delayMinutes() > 0 && session.status() == SessionStatus.SCHEDULED) + "\"");
    }

    /** A card that does something of its own when chosen, such as opening the editor's dialog; a button to assistive technology. */
    SessionCard(SessionSummary session, ZoneId zone, Map<Long, String> rooms, Runnable onClick) {
        this("div", session, zone, rooms);
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        addClickListener(e -> onClick.run());
        Shortcuts.addShortcutListener(this, onClick::run, Key.ENTER).listenOn(this);
    }

    /** A card that only shows, such as on a room's display screen. */
    static SessionCard shown(SessionSummary session, ZoneId zone, Map<Long, String> rooms) {
        return new SessionCard("div", session, zone, rooms);
    }

    /** A card that is a link to the session's page. */
    static SessionCard link(SessionSummary session, ZoneId zone, Map<Long, String> rooms) {
        SessionCard card = new SessionCard("a", session, zone, rooms);
        card.getElement()
                .setAttribute("href", RouteConfiguration.forSessionScope().getUrl(SessionView.class, session.id()));
        // Flow's client navigates a link carrying this attribute in place, without reloading the page.
        card.getElement().setAttribute("router-link", true);
        return card;
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
