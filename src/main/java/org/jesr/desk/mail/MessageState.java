package org.jesr.desk.mail;

import java.time.Instant;
import org.jesr.desk.base.Translatable;
import org.jspecify.annotations.Nullable;

/** Where one queued e-mail stands: waiting, sent, or failing (still retried, or given up) and why. */
public record MessageState(
        Status status,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable String error) {

    public enum Status implements Translatable {
        QUEUED,
        SENT,
        RETRYING,
        FAILED;

        @Override
        public String keyPrefix() {
            return "mail.status";
        }
    }

    static MessageState of(OutboxMessage m) {
        if (m.getSentAt() != null) {
            return new MessageState(Status.SENT, m.getAttempts(), m.getSentAt(), null);
        }
        if (m.getLastError() == null) {
            return new MessageState(Status.QUEUED, m.getAttempts(), null, null);
        }
        return new MessageState(
                m.getAttempts() >= OutboxMessage.MAX_ATTEMPTS ? Status.FAILED : Status.RETRYING,
                m.getAttempts(),
                null,
                m.getLastError());
    }
}
