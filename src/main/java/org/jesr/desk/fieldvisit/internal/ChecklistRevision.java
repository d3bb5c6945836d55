package org.jesr.desk.fieldvisit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;

/** A stored revision of a review's site checklist, its questions as JSON. Written once, never changed. */
@Entity
@Table(name = "site_checklist")
public class ChecklistRevision extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 60000)
    private String questions = "[]";

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    public static ChecklistRevision of(long reviewId, int revision, String questions, String by, Instant at) {
        ChecklistRevision r = new ChecklistRevision();
        r.reviewId = reviewId;
        r.revision = revision;
        r.questions = questions;
        r.createdBy = by;
        r.createdAt = at;
        return r;
    }

    public long getReviewId() {
        return reviewId;
    }

    public int getRevision() {
        return revision;
    }

    public String getQuestions() {
        return questions;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
