package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.base.Formats;
import org.jspecify.annotations.Nullable;

/**
 * One room on a projector: what runs now and for how long, what comes next, and the check-in code
 * beside them. The code is the running session's, or the next one's while people arrive, so the
 * room always has one to scan. Titles are clamped to a few lines: a projector cannot scroll.
 */
class DisplayTile extends Div {

    DisplayTile(NowNext room, ZoneId zone, Instant now, Function<AgendaSession, Component> checkIn) {
        addClassName("display-tile");
        setId("display-room-" + room.room().getId());
        H2 name = new H2(room.room().getName());
        name.addClassName("display-room-name");
        Div text = new Div(name);
        text.addClassName("display-tile-text");
        AgendaSession current = room.current();
        text.add(label(
                current == null
                        ? getTranslation("now.nothing")
                        : getTranslation("now.running", Formats.remaining(room.minutesLeft(), getLocale()))));
        if (current != null) {
            text.add(title(current, "display-now"), when(current, zone, now));
        }
        AgendaSession next = room.next();
        text.add(label(getTranslation(next == null ? "now.no-next" : "now.next")));
        if (next != null) {
            text.add(title(next, "display-next"), when(next, zone, now));
        }
        add(text);
        @Nullable AgendaSession checkInTo = current != null ? current : next;
        if (checkInTo != null) {
            Span scan = new Span(getTranslation("display.scan"));
            Div code = new Div(checkIn.apply(checkInTo), scan);
            code.addClassName("display-qr");
            add(code);
        }
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("display-label");
        return label;
    }

    private static Div title(AgendaSession session, String styleClass) {
        Div title = new Div();
        title.setText(session.getTitle());
        title.addClassNames("display-session-title", styleClass);
        return title;
    }

    /** "14:00–15:30", with the day in front when it is not today. */
    private Span when(AgendaSession session, ZoneId zone, Instant now) {
        LocalDate day = session.getStart().atZone(zone).toLocalDate();
        String times = Formats.time(session.getStart(), zone, getLocale()) + "–"
                + Formats.time(session.getEnd(), zone, getLocale());
        Span when = new Span(
                day.equals(now.atZone(zone).toLocalDate())
                        ? times
                        : Formats.weekdayDate(day, getLocale()) + ", " + times);
        when.addClassName("display-when");
        return when;
    }
}
