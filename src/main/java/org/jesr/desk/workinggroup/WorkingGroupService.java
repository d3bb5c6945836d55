package org.jesr.desk.workinggroup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
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
    private final ThemeService themes;
    private final AuditLog audit;

    WorkingGroupService(
            WorkingGroupRepository groups, ParticipantService participants, ThemeService themes, AuditLog audit) {
        this.groups = groups;
        this.participants = participants;
        this.themes = themes;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkingGroup> list(long reviewId) {
        return groups.findByReviewIdOrderByIdAsc(reviewId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(long reviewId) {
        return groups.countByReviewId(reviewId);
    }

    /** Saves a group, new or changed: one group per theme, with at least one co-chair. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public WorkingGroup save(WorkingGroup group) {
        if (group.getMembers().stream().noneMatch(m -> m.role() == GroupRole.CO_CHAIR)) {
            throw new TranslatedException("group.error.no-chair");
        }
        boolean isNew = group.isNew();
        if (isNew && groups.existsByReviewIdAndThemeId(group.getReviewId(), group.getThemeId())) {
            throw new TranslatedException("group.error.theme-taken");
        }
        WorkingGroup saved = groups.saveAndFlush(group);
        if (isNew) {
            audit.record(AuditAction.WORKING_GROUP_CREATED, saved.getId(), themeName(saved), null);
        }
        return saved;
    }

    /**
     * Removes a working group and its list of members. Its sessions, notes and recommendations stay:
     * they belong to the theme, not to the group.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void delete(long groupId) {
        WorkingGroup group = groups.findById(groupId).orElseThrow(NotFound::new);
        groups.delete(group);
        audit.record(AuditAction.WORKING_GROUP_DELETED, groupId, themeName(group), null);
    }

    private String themeName(WorkingGroup group) {
        return themes.list(group.getReviewId()).stream()
                .filter(t -> t.id() == group.getThemeId())
                .map(Theme::getName)
                .findFirst()
                .orElse("");
    }

    /** The expected constituencies the group has nobody from; empty when the mix is complete. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Constituency> missingConstituencies(WorkingGroup group) {
        Set<Constituency> present =
                participants
                        .refsById(group.getMembers().stream()
                                .map(GroupMember::participantId)
                                .toList())
                        .values()
                        .stream()
                        .map(ParticipantRef::constituency)
                        .collect(Collectors.toSet());
        return EXPECTED.stream().filter(c -> !present.contains(c)).collect(Collectors.toSet());
    }
}
