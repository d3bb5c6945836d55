package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;

/**
 * A thematic area of the review (Access & Equity, Quality & Learning, ...); working groups are formed
 * around one. A retired theme keeps its name for the sessions, groups and recommendations that already
 * cite it, but is offered for nothing new.
 */
@Entity
@Table(name = "theme")
public class Theme extends AbstractEntity {

    public static final int NAME_MAX = 160;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(nullable = false)
    private boolean retired;

    public static Theme of(long reviewId, String name) {
        Theme theme = new Theme();
        theme.reviewId = reviewId;
        theme.name = name;
        return theme;
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }
}
