package org.jesr.desk.workinggroup.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.NextReviewStarted;
import org.jesr.desk.workinggroup.GroupMember;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Next year's review keeps this year's working groups: each on the theme of the same name, with its
 * objectives, and, if asked, its people, found again by their e-mail address in the new review.
 */
@Component
class GroupCarryOver {

    private final WorkingGroupRepository groups;
    private final ThemeService themes;
    private final ParticipantService participants;

    GroupCarryOver(WorkingGroupRepository groups, ThemeService themes, ParticipantService participants) {
        this.groups = groups;
        this.themes = themes;
        this.participants = participants;
    }

    @EventListener
    @Order(30)
    void copy(NextReviewStarted started) {
        Map<Long, String> oldThemes =
                themes.list(started.fromReviewId()).stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        Map<String, Long> newThemes =
                themes.list(started.toReviewId()).stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
        Map<Long, String> oldEmails = started.members() ? participants.emailsById(started.fromReviewId()) : Map.of();
        Map<String, Long> newIds = started.members()
                ? participants.emailsById(started.toReviewId()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey))
                : Map.of();
        for (WorkingGroup old : groups.findByReviewIdOrderByIdAsc(started.fromReviewId())) {
            Long themeId = newThemes.get(oldThemes.get(old.getThemeId()));
            if (themeId == null) {
                continue;
            }
            WorkingGroup copy = WorkingGroup.of(started.toReviewId(), themeId);
            copy.setObjectives(old.getObjectives());
            Set<GroupMember> members = new LinkedHashSet<>();
            for (GroupMember member : started.members() ? old.getMembers() : Set.<GroupMember>of()) {
                String email = oldEmails.get(member.participantId());
                Long id = email == null ? null : newIds.get(email);
                if (id != null) {
                    members.add(new GroupMember(id, member.role()));
                }
            }
            copy.setMembers(members);
            groups.save(copy);
        }
        groups.flush();
    }
}
