package org.jesr.desk.recommendation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Who closed or reopened a wrap-up, when and why: reopening an agreed list must leave a trace. */
@Entity
@Table(name = "wrap_up_log")
public class WrapUpLog extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 20)
    private String action = "";

    @Column(nullable = false, length = 60)
    private String actor = "";

    @Column(length = 1000)
    private @Nullable String reason;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt = Instant.EPOCH;

    public static WrapUpLog of(long reviewId, String action, String actor, @Nullable String reason, Instant at) {
        WrapUpLog log = new WrapUpLog();
        log.reviewId = reviewId;
        log.action = action;
        log.actor = actor;
        log.reason = reason;
        log.loggedAt = at;
        return log;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
