package org.jesr.desk.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A single-use link to set one's password; the token itself is never stored, only its hash. */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected Invitation() {}

    public Invitation(long userAccountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userAccountId = userAccountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public long getUserAccountId() {
        return userAccountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getUsedAt() {
        return usedAt;
    }
}
