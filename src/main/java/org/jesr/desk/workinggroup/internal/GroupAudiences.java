package org.jesr.desk.workinggroup.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.participant.Audience;
import org.jesr.desk.participant.AudienceSource;
import org.jesr.desk.workinggroup.GroupMember;
import org.springframework.stereotype.Component;

/** Each working group's members, as a group a circulation can go to. */
@Component
class GroupAudiences implements AudienceSource {

    private final WorkingGroupRepository groups;
    private final ThemeService themes;

    GroupAudiences(WorkingGroupRepository groups, ThemeService themes) {
        this.groups = groups;
        this.themes = themes;
    }

    @Override
    public List<Audience> audiences(long reviewId) {
        Map<Long, String> names = themes.list(reviewId).stream().collect(Collectors.toMap(Theme::id, Theme::getName));
        return groups.findByReviewIdOrderByIdAsc(reviewId).stream()
                .map(g -> new Audience(
                        "working-group:" + g.id(),
                        Audience.Kind.WORKING_GROUP,
                        names.getOrDefault(g.getThemeId(), "?"),
                        g.getMembers().stream().map(GroupMember::participantId).collect(Collectors.toSet())))
                .toList();
    }
}
