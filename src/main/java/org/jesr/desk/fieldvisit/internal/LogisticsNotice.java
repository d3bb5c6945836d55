package org.jesr.desk.fieldvisit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionNotices;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Translator;
import org.jesr.desk.fieldvisit.FieldVisit;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.springframework.stereotype.Component;

/** Shows a field visit's departure, vehicle and return to its team in "My agenda". */
@Component
class LogisticsNotice implements SessionNotices {

    private final FieldVisitService visits;

    LogisticsNotice(FieldVisitService visits) {
        this.visits = visits;
    }

    @Override
    public Optional<String> noticeFor(AgendaSession session, ZoneId zone, Locale locale, Translator t) {
        if (session.getType() != SessionType.FIELD_VISIT) {
            return Optional.empty();
        }
        return visits.find(session.id())
                .map(visit -> describe(visit, zone, locale, t))
                .filter(s -> !s.isEmpty());
    }

    private static String describe(FieldVisit visit, ZoneId zone, Locale locale, Translator t) {
        List<String> parts = new ArrayList<>();
        if (visit.getDepartureAt() != null) {
            parts.add(t.t(
                    "visit.departs",
                    Formats.time(visit.getDepartureAt(), zone, locale),
                    visit.getDeparturePlace() == null ? "" : visit.getDeparturePlace()));
        }
        if (visit.getVehicle() != null) {
            parts.add(t.t(
                    "visit.vehicle-driver",
                    visit.getVehicle(),
                    visit.getDriverContact() == null ? "" : visit.getDriverContact()));
        }
        if (visit.getReturnAt() != null) {
            parts.add(t.t("visit.returns", Formats.time(visit.getReturnAt(), zone, locale)));
        }
        return String.join(" · ", parts);
    }
}
