package org.jesr.desk.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
            messages.save(new OutboxMessage(recipient, oneLine(subject), body, clock.instant()));
        }
    }

    /**
     * Like {@link #queue}, answering the message's id so its state can be shown later; empty when
     * e-mail is not configured. The address must be plain and the subject one line: a header split
     * by a typed line break is refused, not sent.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Optional<Long> queueTracked(String recipient, String subject, String body) {
        Addresses.requirePlain(recipient);
        if (!enabled) {
            return Optional.empty();
        }
        return Optional.of(messages.save(new OutboxMessage(recipient, oneLine(subject), body, clock.instant()))
                .id());
    }

    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** The state of each message asked about, by id; a message not found is left out. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Map<Long, MessageState> states(Collection<Long> ids) {
        Map<Long, MessageState> states = new HashMap<>();
        messages.findAllById(ids).forEach(m -> states.put(m.id(), MessageState.of(m)));
        return states;
    }
}
