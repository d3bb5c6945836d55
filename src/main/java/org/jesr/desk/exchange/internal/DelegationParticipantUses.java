package org.jesr.desk.exchange.internal;

import org.jesr.desk.participant.ParticipantUses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A visiting delegation's members stay on record while the delegation lists them. */
@Configuration(proxyBeanMethods = false)
class DelegationParticipantUses {

    @Bean
    ParticipantUses delegationsWithParticipant(DelegationRepository delegations) {
        return ParticipantUses.of("participant.use.delegations", delegations::countWithMember);
    }
}
