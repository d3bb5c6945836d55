package org.jesr.desk.exchange.internal;

import java.util.List;
import java.util.Set;
import org.jesr.desk.participant.Audience;
import org.jesr.desk.participant.AudienceSource;
import org.springframework.stereotype.Component;

/** Each visiting delegation's members, as a group a circulation can go to. */
@Component
class DelegationAudiences implements AudienceSource {

    private final DelegationRepository delegations;

    DelegationAudiences(DelegationRepository delegations) {
        this.delegations = delegations;
    }

    @Override
    public List<Audience> audiences(long reviewId) {
        return delegations.findByReviewIdOrderByCountryAsc(reviewId).stream()
                .map(d -> new Audience(
                        "delegation:" + d.id(), Audience.Kind.DELEGATION, d.getCountry(), Set.copyOf(d.getMemberIds())))
                .toList();
    }
}
