package org.jesr.desk.stakeholder.internal;

import org.jesr.desk.review.NextReviewStarted;
import org.jesr.desk.stakeholder.Obligation;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What each stakeholder owes recurs every year: next year's review starts with the same list, due a year later, all open. */
@Component
class ObligationCarryOver {

    private final ObligationRepository obligations;

    ObligationCarryOver(ObligationRepository obligations) {
        this.obligations = obligations;
    }

    @EventListener
    @Order(40)
    void copy(NextReviewStarted started) {
        for (Obligation old : obligations.findByReviewIdOrderByDueDateAscIdAsc(started.fromReviewId())) {
            Obligation copy = new Obligation();
            copy.setReviewId(started.toReviewId());
            copy.setConstituency(old.getConstituency());
            copy.setOrganizationId(old.getOrganizationId());
            copy.setTitle(old.getTitle());
            copy.setDueDate(old.getDueDate() == null ? null : old.getDueDate().plusYears(started.years()));
            obligations.save(copy);
        }
        obligations.flush();
    }
}
