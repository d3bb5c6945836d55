package org.jesr.desk.workinggroup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A thematic working group: its theme (by id, from the agenda), the sector-plan
 * objectives it covers, and its people. Its sessions are the agenda's working-group
 * sessions on the same theme.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "theme_id", nullable = false)
    private long themeId;

    @Column(length = 2000)
    private @Nullable String objectives;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
    private Set<GroupMember> members = new LinkedHashSet<>();

    public static WorkingGroup of(long reviewId, long themeId) {
        WorkingGroup group = new WorkingGroup();
        group.reviewId = reviewId;
        group.themeId = themeId;
        return group;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getThemeId() {
        return themeId;
    }

    public @Nullable String getObjectives() {
        return objectives;
    }

    public void setObjectives(@Nullable String objectives) {
        this.objectives = objectives;
    }

    public Set<GroupMember> getMembers() {
        return members;
    }

    public void setMembers(Set<GroupMember> members) {
        this.members = new LinkedHashSet<>(members);
    }
}
