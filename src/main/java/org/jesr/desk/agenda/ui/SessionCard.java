package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Map;
import org.jesr.desk.agenda.SessionLabels;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.Formats;

/**
 * One session as a tappable card: time, title, room and live status. Every observer's agenda holds
 * a dozen of these, so a card is kept small: three lines, and it keeps no session, only its text.
 */
class SessionCard extends Div {

    SessionCard(SessionSummary session, ZoneId zone, Map<Long, String> rooms, Runnable onClick) {
        addClassName("session-card");
        setId("session-" + session.id());
        getElement().setAttribute("data-status", session.status().name());
        String room = session.roomId() == null ? "" : rooms.getOrDefault(session.roomId(), "");
        Span meta = new Span(Formats.time(session.start(), zone, getLocale()) + " – " + Formats.time(session.end(), zone, getLocale())
                + " · " + getTranslation(session.type().translationKey()) + (room.isEmpty() ? "" : " · " + room));
        meta.addClassName("meta");
        Span title = new Span(session.title());
        title.addClassName("title");
        Span status = new Span(SessionLabels.status(session, this::getTranslation));
        status.addClassName("status");
        status.getElement().setAttribute("data-late", String.valueOf(session.delayMinutes() > 0
                && session.status() == SessionStatus.SCHEDULED));
        add(meta, title, status);
        addClickListener(e -> onClick.run());
    }

    void highlight(String badge) {
        addClassName("highlighted");
        Span mark = new Span("★ " + badge);
        mark.addClassName("highlight-badge");
        add(mark);
    }
}
