package org.jesr.desk.agenda.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionStatus;
import org.springframework.stereotype.Component;

/**
 * Writes sessions as an iCalendar (RFC 5545) feed. Times carry the review's time zone
 * with its VTIMEZONE, the UID never changes (whatever host name the feed was fetched by), and SEQUENCE grows with every change so
 * calendar apps replace the old event instead of adding a second one.
 */
@Component
public class IcsWriter {

    public String write(String calendarName, List<AgendaSession> sessions, ZoneId zone, Map<Long, String> roomNames) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//JESR Desk//Agenda//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", calendarName))
                .add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        int firstYear = sessions.stream()
                .mapToInt(s -> s.getStart().atZone(zone).getYear())
                .min()
                .orElse(Year.now().getValue());
        int lastYear = sessions.stream()
                .mapToInt(s -> s.getEnd().atZone(zone).getYear())
                .max()
                .orElse(firstYear);
        components(calendar).add(timeZone(zone, firstYear - 1, lastYear + 1));
        for (AgendaSession session : sessions) {
            VEvent event = new VEvent();
            event.add(zoned(new DtStart<>(session.getStart().atZone(zone).toLocalDateTime()), zone));
            event.add(zoned(new DtEnd<>(session.getEnd().atZone(zone).toLocalDateTime()), zone));
            event.add(new Summary(session.getTitle()));
            event.add(new Uid("session-" + session.getId() + "@jesr-desk"));
            event.add(new Sequence(session.getSequence()));
            String room = session.getRoomId() == null ? null : roomNames.get(session.getRoomId());
            if (room != null) {
                event.add(new Location(room));
            }
            if (session.getDescription() != null) {
                event.add(new Description(session.getDescription()));
            }
            event.add(new Status(
                    session.getStatus() == SessionStatus.CANCELLED || session.getStatus() == SessionStatus.POSTPONED
                            ? Status.VALUE_CANCELLED
                            : Status.VALUE_CONFIRMED));
            components(calendar).add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The VTIMEZONE is built from the JDK's own zone rules for the years the feed spans.
     * ical4j's bundled definition of Asia/Karachi still applies the 2009 daylight saving
     * time, which put every session an hour late.
     */
    static VTimeZone timeZone(ZoneId zone, int fromYear, int toYear) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
        Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset initial = rules.getOffset(from);
        timeZone.add(
                observance(rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial), initial, initial));
        for (ZoneOffsetTransition t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            timeZone.add(observance(
                    rules.isDaylightSavings(t.getInstant()),
                    t.getDateTimeBefore(),
                    t.getOffsetBefore(),
                    t.getOffsetAfter()));
        }
        return timeZone;
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(start));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        return observance;
    }

    private static <T extends net.fortuna.ical4j.model.Property> T zoned(T property, ZoneId zone) {
        property.add(new TzId(zone.getId()));
        return property;
    }

    @SuppressWarnings("unchecked")
    private static ComponentContainer<CalendarComponent> components(Calendar calendar) {
        return (ComponentContainer<CalendarComponent>) (ComponentContainer<?>) calendar;
    }
}
