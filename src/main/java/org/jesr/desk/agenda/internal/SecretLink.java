package org.jesr.desk.agenda.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A hard-to-guess token that opens something without signing in: a room display or a
 * participant's calendar feed. Revoking or resetting it closes the old link at once.
 */
@Entity
@Table(name = "secret_link")
public class SecretLink extends AbstractEntity {

    public enum Kind {
        DISPLAY,
        CALENDAR
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.DISPLAY;

    /** For a calendar link, whose feed it is. */
    @Column(name = "participant_id")
    private @Nullable Long participantId;

    @Column(nullable = false, unique = true, length = 64)
    private String token = newToken();

    @Column(nullable = false)
    private boolean revoked;

    public static SecretLink create(long reviewId, Kind kind, @Nullable Long participantId) {
        SecretLink link = new SecretLink();
        link.reviewId = reviewId;
        link.kind = kind;
        link.participantId = participantId;
        return link;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public long getReviewId() {
        return reviewId;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Long getParticipantId() {
        return participantId;
    }

    public String getToken() {
        return token;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        revoked = true;
    }
}
