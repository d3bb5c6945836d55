package org.jesr.desk.reminder.internal;

import org.jesr.desk.reminder.ReminderService;
import org.jesr.desk.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the day's digests each morning. The digests go into the outbox, so a server down at that hour
 * sends them once it is back (run again, it sends nothing twice the same day).
 */
@Component
class DailyDigestJob {

    private final ReminderService reminders;
    private final String appAddress;

    /** Links in an e-mail need the address people use: JESR_PUBLIC_URL, else this machine's. */
    DailyDigestJob(
            ReminderService reminders,
            @Value("${jesr.public-url:}") String publicUrl,
            @Value("${server.port:8080}") int port) {
        this.reminders = reminders;
        String address = publicUrl.isBlank() ? "http://localhost:" + port + "/" : publicUrl;
        this.appAddress = address.endsWith("/") ? address : address + "/";
    }

    @Scheduled(cron = "${jesr.reminders.cron:0 0 6 * * *}", zone = "${jesr.reminders.zone:UTC}")
    void sendTodays() {
        SystemAuthentication.runAsSystem(() -> reminders.sendDigests(appAddress));
    }
}
