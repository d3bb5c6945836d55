package org.jesr.desk.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A delegation's takeaways and feedback to the host; the host sees it once it is shared. */
@Entity
@Table(name = "delegation_feedback")
public class Feedback extends AbstractEntity {

    public static final int TEXT_MAX = 8000;

    @Column(name = "delegation_id", nullable = false, unique = true)
    private long delegationId;

    @Column(name = "worked_well", length = TEXT_MAX)
    private @Nullable String workedWell;

    @Column(length = TEXT_MAX)
    private @Nullable String suggestions;

    @Column(name = "take_home", length = TEXT_MAX)
    private @Nullable String takeHome;

    @Column(nullable = false)
    private boolean shared;

    protected Feedback() {}

    Feedback(long delegationId) {
        this.delegationId = delegationId;
    }

    public long getDelegationId() {
        return delegationId;
    }

    public @Nullable String getWorkedWell() {
        return workedWell;
    }

    public void setWorkedWell(@Nullable String workedWell) {
        this.workedWell = workedWell;
    }

    public @Nullable String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(@Nullable String suggestions) {
        this.suggestions = suggestions;
    }

    public @Nullable String getTakeHome() {
        return takeHome;
    }

    public void setTakeHome(@Nullable String takeHome) {
        this.takeHome = takeHome;
    }

    public boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }
}
