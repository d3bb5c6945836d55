package org.jesr.desk.workinggroup.internal;

import org.jesr.desk.participant.ParticipantUses;
import org.springframework.stereotype.Component;

/** Working groups that count a participant among their co-chairs, rapporteurs or members keep them on record. */
@Component
class GroupParticipantUses implements ParticipantUses {

    private final WorkingGroupRepository groups;

    GroupParticipantUses(WorkingGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public long count(long participantId) {
        return groups.countWithMember(participantId);
    }

    @Override
    public String labelKey() {
        return "participant.use.groups";
    }
}
