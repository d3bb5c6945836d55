package org.jesr.desk.recommendation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;

/** Whether a review's wrap-up is closed, which locks its agreed recommendations. */
@Entity
@Table(name = "wrap_up")
public class WrapUp extends AbstractEntity {

    @Column(name = "review_id", nullable = false, unique = true)
    private long reviewId;

    @Column(nullable = false)
    private boolean closed;

    public static WrapUp of(long reviewId) {
        WrapUp wrapUp = new WrapUp();
        wrapUp.reviewId = reviewId;
        return wrapUp;
    }

    public long getReviewId() {
        return reviewId;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
