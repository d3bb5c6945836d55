package org.jesr.desk.workinggroup.internal;

import org.jesr.desk.participant.ParticipantUses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Working groups that count a participant among their co-chairs, rapporteurs or members keep them on record. */
@Configuration(proxyBeanMethods = false)
class GroupParticipantUses {

    @Bean
    ParticipantUses groupsWithParticipant(WorkingGroupRepository groups) {
        return ParticipantUses.of("participant.use.groups", groups::countWithMember);
    }
}
