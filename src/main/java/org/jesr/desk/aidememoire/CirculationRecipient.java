package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One person a circulated version went to. Someone who can sign in gets a link to the app; anyone
 * else a link of their own (its token) that expires. The e-mail itself is an outbox message, whose
 * state (queued, sent, failed and why) the log shows.
 */
@Entity
@Table(name = "circulation_recipient")
public class CirculationRecipient extends AbstractEntity {

    @Column(name = "circulation_id", nullable = false)
    private long circulationId;

    @Column(name = "participant_id")
    private @Nullable Long participantId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(nullable = false, length = 5)
    private String language = "";

    @Column(length = 64)
    private @Nullable String token;

    @Column(name = "token_expires_at")
    private @Nullable Instant tokenExpiresAt;

    @Column(name = "outbox_message_id")
    private @Nullable Long outboxMessageId;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    protected CirculationRecipient() {}

    CirculationRecipient(
            long circulationId,
            @Nullable Long participantId,
            String name,
            String email,
            String language,
            @Nullable String token,
            @Nullable Instant tokenExpiresAt) {
        this.circulationId = circulationId;
        this.participantId = participantId;
        this.name = name;
        this.email = email;
        this.language = language;
        this.token = token;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    void queued(@Nullable Long messageId) {
        this.outboxMessageId = messageId;
    }

    void opened(Instant when) {
        if (openedAt == null) {
            openedAt = when;
        }
    }

    public long getCirculationId() {
        return circulationId;
    }

    public @Nullable Long getParticipantId() {
        return participantId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable String getToken() {
        return token;
    }

    public @Nullable Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public @Nullable Long getOutboxMessageId() {
        return outboxMessageId;
    }

    public @Nullable Instant getOpenedAt() {
        return openedAt;
    }
}
