package org.jesr.desk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One e-mail on its way: sent once, or retried with growing pauses until it goes or gives up. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    public static final int MAX_ATTEMPTS = 8;

    @Column(nullable = false, length = 254)
    private String recipient = "";

    @Column(nullable = false, length = 300)
    private String subject = "";

    @Column(nullable = false, length = 8000)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    protected OutboxMessage() {}

    OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** 1, 2, 4, … minutes between tries, at most an hour; after the last try the message stays, unsent, with its error. */
    public void failed(Instant now, String error) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        nextAttemptAt = attempts >= MAX_ATTEMPTS
                ? Instant.MAX.minusSeconds(1)
                : now.plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6))));
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
