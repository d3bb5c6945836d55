package org.jesr.desk.exchange.internal;

import org.jesr.desk.participant.ParticipantUses;
import org.springframework.stereotype.Component;

/** A visiting delegation's members stay on record while the delegation lists them. */
@Component
class DelegationParticipantUses implements ParticipantUses {

    private final DelegationRepository delegations;

    DelegationParticipantUses(DelegationRepository delegations) {
        this.delegations = delegations;
    }

    @Override
    public long count(long participantId) {
        return delegations.countWithMember(participantId);
    }

    @Override
    public String labelKey() {
        return "participant.use.delegations";
    }
}
