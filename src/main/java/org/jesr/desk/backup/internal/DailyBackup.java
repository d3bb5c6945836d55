package org.jesr.desk.backup.internal;

import org.jesr.desk.backup.BackupService;
import org.jesr.desk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night (jesr.backup.cron, 02:30 by default; "-" turns it off) a backup goes to data/backups. */
@Configuration
@EnableScheduling
class DailyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private final BackupService backups;

    DailyBackup(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${jesr.backup.cron:0 30 2 * * *}")
    void run() {
        try {
            var file = SystemAuthentication.runAsSystem(backups::backupNow);
            LOG.info("Automatic backup written to {}", file);
        } catch (RuntimeException e) {
            LOG.error("Automatic backup failed", e);
        }
    }
}
