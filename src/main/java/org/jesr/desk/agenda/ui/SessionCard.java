package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Map;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionLabels;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.base.Formats;

/** One session as a tappable card: time, title, room and live status. */
class SessionCard extends Div {

    SessionCard(AgendaSession session, ZoneId zone, Map<Long, String> rooms, Runnable onClick) {
        addClassName("session-card");
        setId("session-" + session.getId());
        getElement().setAttribute("data-status", session.getStatus().name());
        Span time = new Span(Formats.time(session.getStart(), zone, getLocale()) + " – "
                + Formats.time(session.getEnd(), zone, getLocale()));
        time.addClassName("meta");
        Span title = new Span(session.getTitle());
        title.addClassName("title");
        String room = session.getRoomId() == null ? "" : rooms.getOrDefault(session.getRoomId(), "");
        Span meta = new Span(getTranslation(session.getType().translationKey()) + (room.isEmpty() ? "" : " · " + room));
        meta.addClassName("meta");
        Span status = new Span(SessionLabels.status(session, this::getTranslation));
        status.addClassName("status");
        status.getElement().setAttribute("data-late", String.valueOf(session.getDelayMinutes() > 0
                && session.getStatus() == SessionStatus.SCHEDULED));
        add(time, title, meta, status);
        addClickListener(e -> onClick.run());
    }

    void highlight(String badge) {
        addClassName("highlighted");
        Span mark = new Span("★ " + badge);
        mark.addClassName("highlight-badge");
        add(mark);
    }
}
