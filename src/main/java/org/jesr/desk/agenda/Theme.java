package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;

/** A thematic area of the review (Access & Equity, Quality & Learning, ...); working groups are formed around one. */
@Entity
@Table(name = "theme")
public class Theme extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 160)
    private String name = "";

    public long getReviewId() { return reviewId; }
    public void setReviewId(long reviewId) { this.reviewId = reviewId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
