package org.jesr.desk.mail;

import java.time.Clock;
import org.jesr.desk.mail.internal.OutboxRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails to be sent after the change that causes them commits. Without SMTP configured
 * (spring.mail.host), {@link #enabled()} is false and callers show on screen what they would have sent.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;
    private final boolean enabled;

    Outbox(OutboxRepository messages, Clock clock, @Value("${spring.mail.host:}") String host) {
        this.messages = messages;
        this.clock = clock;
        this.enabled = !host.isBlank();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean enabled() {
        return enabled;
    }

    /** Stores a message for sending, in the caller's transaction: if that rolls back, nothing is sent. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void queue(String recipient, String subject, String body) {
        if (enabled) {
            messages.save(new OutboxMessage(recipient, subject, body, clock.instant()));
        }
    }
}
