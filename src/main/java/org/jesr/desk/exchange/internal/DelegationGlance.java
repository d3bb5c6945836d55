package org.jesr.desk.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Translator;
import org.jesr.desk.exchange.DelegationService;
import org.springframework.stereotype.Component;

/**
 * A visiting delegation member's Overview line: the next session that serves one of the delegation's
 * learning objectives, read through the agenda's visibility rule.
 */
@Component
class DelegationGlance implements DayGlance {

    private final DelegationService delegations;
    private final AgendaService agenda;
    private final Clock clock;

    DelegationGlance(DelegationService delegations, AgendaService agenda, Clock clock) {
        this.delegations = delegations;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t) {
        if (delegations.mine(reviewId).isEmpty()) {
            return List.of();
        }
        Set<Long> serving = delegations.highlightedSessions(reviewId);
        Instant now = clock.instant();
        return agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .filter(s -> serving.contains(s.getId())
                        && s.isActive()
                        && s.getEnd().isAfter(now))
                .min(Comparator.comparing(AgendaSession::getStart))
                .map(next -> List.of(new Line(
                        "delegation-next",
                        t.t(
                                "glance.delegation-next",
                                next.getTitle(),
                                Formats.dayAndTime(next.getStart(), zone, locale)),
                        "delegation",
                        false)))
                .orElse(List.of(new Line("delegation-next", t.t("glance.delegation-none"), "delegation", false)));
    }
}
