package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.Formats;
import org.jspecify.annotations.Nullable;

/** Per room: what runs now with the minutes left, and what is next. */
class NowNextPanel extends Div {

    NowNextPanel() {
        setId("now-next");
        addClassName("room-columns");
    }

    void show(List<NowNext> rooms, ZoneId zone, boolean links) {
        show(rooms, zone, links, session -> null);
    }

    /**
     * @param links whether each session is a link to its page (not on a public display screen, whose viewers are not signed in)
     * @param extra something to show under the running session, such as its check-in code; may return null
     */
    void show(List<NowNext> rooms, ZoneId zone, boolean links, Function<AgendaSession, @Nullable Component> extra) {
        removeAll();
        Map<Long, String> names = new HashMap<>();
        rooms.forEach(r -> names.put(r.room().getId(), r.room().getName()));
        for (NowNext room : rooms) {
            Div column = new Div(new H3(room.room().getName()));
            column.addClassName("room-column");
            column.addClassName("now-room");
            column.setId("room-" + room.room().getId());
            Span now = new Span(
                    room.current() == null
                            ? getTranslation("now.nothing")
                            : getTranslation("now.running", Formats.remaining(room.minutesLeft(), getLocale())));
            now.addClassName("meta");
            column.add(now);
            if (room.current() != null) {
                AgendaSession current = room.current();
                column.add(card(current, zone, names, links));
                var below = extra.apply(current);
                if (below != null) {
                    column.add(below);
                }
            }
            Span next = new Span(getTranslation(room.next() == null ? "now.no-next" : "now.next"));
            next.addClassName("meta");
            column.add(next);
            if (room.next() != null) {
                AgendaSession upcoming = room.next();
                column.add(card(upcoming, zone, names, links));
            }
            add(column);
        }
    }

    private static SessionCard card(AgendaSession session, ZoneId zone, Map<Long, String> names, boolean links) {
        return links
                ? SessionCard.link(SessionSummary.of(session), zone, names)
                : SessionCard.shown(SessionSummary.of(session), zone, names);
    }
}
