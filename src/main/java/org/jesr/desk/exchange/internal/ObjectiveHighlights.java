package org.jesr.desk.exchange.internal;

import java.util.Set;
import org.jesr.desk.agenda.SessionHighlights;
import org.jesr.desk.exchange.DelegationService;
import org.springframework.stereotype.Component;

/** Marks, in an observer's agenda, the sessions that serve their delegation's learning objectives. */
@Component
class ObjectiveHighlights implements SessionHighlights {

    private final DelegationService delegations;

    ObjectiveHighlights(DelegationService delegations) {
        this.delegations = delegations;
    }

    @Override
    public Set<Long> highlighted(long reviewId) {
        return delegations.highlightedSessions(reviewId);
    }

    @Override
    public String badgeKey() {
        return "agenda.serves-objectives";
    }
}
