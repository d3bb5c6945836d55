package org.jesr.desk.agenda.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AgendaWarning;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.SessionPerson;

/**
 * The editor's checks. They warn rather than block, because on a review day a
 * double-booked room is sometimes exactly what the secretariat intends.
 */
public final class AgendaRules {

    private AgendaRules() {}

    public static List<AgendaWarning> check(
            AgendaSession session, Collection<AgendaSession> others, Map<Long, String> personNames) {
        List<AgendaWarning> warnings = new ArrayList<>();
        if (!session.getEnd().isAfter(session.getStart())) {
            warnings.add(AgendaWarning.error("agenda.warning.end-before-start"));
            return warnings;
        }
        if (session.getType().needsRapporteur() && !session.hasRole(PersonRole.RAPPORTEUR)) {
            warnings.add(AgendaWarning.warn("agenda.warning.no-rapporteur"));
        }
        for (AgendaSession other : others) {
            if (Objects.equals(other.getId(), session.getId()) || !other.isActive() || !other.overlaps(session)) {
                continue;
            }
            if (session.getRoomId() != null && session.getRoomId().equals(other.getRoomId())) {
                warnings.add(AgendaWarning.warn("agenda.warning.room-double-booked", other.getTitle()));
            }
            for (SessionPerson person : session.getPeople()) {
                if (other.involves(person.participantId())) {
                    warnings.add(AgendaWarning.warn(
                            "agenda.warning.person-two-places",
                            personNames.getOrDefault(person.participantId(), "#" + person.participantId()),
                            other.getTitle()));
                }
            }
        }
        return warnings.stream().distinct().toList();
    }
}
