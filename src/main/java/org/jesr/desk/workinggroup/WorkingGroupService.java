package org.jesr.desk.workinggroup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.workinggroup.internal.WorkingGroupRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's working groups and whether each brings all sides of the sector to the table. */
@Service
public class WorkingGroupService {

    /** The constituencies a joint review expects in every group. */
    public static final Set<Constituency> EXPECTED =
            Set.of(Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER, Constituency.CIVIL_SOCIETY);

    private final WorkingGroupRepository groups;
    private final ParticipantService participants;

    WorkingGroupService(WorkingGroupRepository groups, ParticipantService participants) {
        this.groups = groups;
        this.participants = participants;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkingGroup> list(long reviewId) {
        return groups.findByReviewIdOrderByIdAsc(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public WorkingGroup save(WorkingGroup group) {
        if (group.getMembers().stream().noneMatch(m -> m.role() == GroupRole.CO_CHAIR)) {
            throw new TranslatedException("group.error.no-chair");
        }
        return groups.saveAndFlush(group);
    }

    /** The expected constituencies the group has nobody from; empty when the mix is complete. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Constituency> missingConstituencies(WorkingGroup group) {
        Set<Constituency> present = participants.refsById(group.getMembers().stream().map(GroupMember::participantId).toList())
                .values().stream().map(ParticipantRef::constituency).collect(Collectors.toSet());
        return EXPECTED.stream().filter(c -> !present.contains(c)).collect(Collectors.toSet());
    }
}
