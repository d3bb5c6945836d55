package org.jesr.desk.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.pdf.AgendaPdf;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.Translator;
import org.jesr.desk.review.Review;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The printable agenda: what the current user may see, one section per day. */
@Service
public class AgendaPrintService {

    private final AgendaService agenda;
    private final Clock clock;

    AgendaPrintService(AgendaService agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(Review review, Locale locale, Translator t) {
        ZoneId zone = review.zone();
        long reviewId = Objects.requireNonNull(review.getId());
        Map<Long, String> rooms = agenda.rooms(reviewId).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        Map<LocalDate, List<AgendaSession>> byDay = agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .collect(Collectors.groupingBy(
                        s -> s.getStart().atZone(zone).toLocalDate(), TreeMap::new, Collectors.toList()));
        List<AgendaPdf.Day> days = new ArrayList<>();
        byDay.forEach((day, sessions) -> days.add(new AgendaPdf.Day(
                Formats.weekdayDate(day, locale),
                sessions.stream()
                        .map(s -> List.of(
                                Formats.time(s.getStart(), zone, locale) + " – "
                                        + Formats.time(s.getEnd(), zone, locale),
                                s.getTitle() + " (" + t.t(s.getType().translationKey()) + ")",
                                s.getRoomId() == null ? "" : rooms.getOrDefault(s.getRoomId(), ""),
                                SessionLabels.status(s, t)))
                        .toList())));
        Instant now = clock.instant();
        return AgendaPdf.write(new AgendaPdf.AgendaDocument(
                Language.of(locale).code(),
                review.getName(),
                t.t("agenda.pdf.subtitle", review.getVenue(), Formats.zone(zone, now)),
                t.t("agenda.pdf.as-of", Formats.dateTime(now, zone, locale)),
                List.of(t.t("agenda.time"), t.t("agenda.session"), t.t("agenda.room"), t.t("agenda.status")),
                days));
    }
}
