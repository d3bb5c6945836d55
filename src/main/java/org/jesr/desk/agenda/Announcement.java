package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Translatable;
import org.jspecify.annotations.Nullable;

/** A short message the secretariat pushes to every screen until it expires. */
@Entity
@Table(name = "announcement")
public class Announcement extends AbstractEntity {

    public static final int MESSAGE_MAX = 500;

    public enum Severity implements Translatable {
        INFO,
        URGENT;

        @Override
        public String keyPrefix() {
            return "live.severity";
        }
    }

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity = Severity.INFO;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    /** Who announced it; announcements made before this was kept have none. */
    @Column(length = 100)
    private @Nullable String author;

    public static Announcement of(
            long reviewId, String message, Severity severity, Instant createdAt, Instant expiresAt, String author) {
        Announcement announcement = new Announcement();
        announcement.author = author;
        announcement.reviewId = reviewId;
        announcement.message = message;
        announcement.severity = severity;
        announcement.createdAt = createdAt;
        announcement.expiresAt = expiresAt;
        return announcement;
    }

    public long getReviewId() {
        return reviewId;
    }

    public String getMessage() {
        return message;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable String getAuthor() {
        return author;
    }

    /** Ends it now: screens drop it at their next redraw, and the record stays for the audit. */
    public void withdraw(Instant now) {
        if (expiresAt.isAfter(now)) {
            expiresAt = now;
        }
    }

    /** Undoes a withdrawal: back on screens until the expiry it had, if that is still ahead. */
    public void reinstate(Instant until) {
        expiresAt = until;
    }
}
