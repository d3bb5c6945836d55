package org.jesr.desk.mail.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jesr.desk.mail.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, every 15 seconds, one message per transaction so a failure marks only
 * that message for a later try. Messages queued before a restart are picked up after it.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final int MAX_BATCHES = 40;

    private final OutboxRepository messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    OutboxSender(
            OutboxRepository messages,
            ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${jesr.mail.from:jesr-desk@localhost}") String from) {
        this.messages = messages;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    /**
     * Sends everything due, 50 at a time, until nothing due is left (at most {@link #MAX_BATCHES}
     * batches a run, so one run cannot hold the thread for ever). A circulation to 300 people goes out
     * in one run rather than 50 every 15 seconds.
     *
     * @return how many messages went out
     */
    @Scheduled(fixedDelayString = "${jesr.mail.send-every:15s}", initialDelayString = "${jesr.mail.send-every:15s}")
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Set<Long> tried = new HashSet<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Long> due =
                    transactions.execute(status -> messages
                            .findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(
                                    clock.instant(), Limit.of(BATCH))
                            .stream()
                            .map(OutboxMessage::getId)
                            .filter(id -> !tried.contains(id))
                            .toList());
            if (due == null || due.isEmpty()) {
                break;
            }
            for (Long id : due) {
                tried.add(id);
                Boolean ok = transactions.execute(
                        status -> send(sender, messages.findById(id).orElseThrow()));
                sent += Boolean.TRUE.equals(ok) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.getRecipient());
        mail.setSubject(message.getSubject());
        mail.setText(message.getBody());
        try {
            sender.send(mail);
            message.sent(clock.instant());
            return true;
        } catch (MailException e) {
            message.failed(clock.instant(), String.valueOf(e.getMessage()));
            LOG.warn(
                    "E-mail {} to {} not sent (try {}): {}",
                    message.getId(),
                    message.getRecipient(),
                    message.getAttempts(),
                    e.getMessage());
            return false;
        }
    }
}
