package org.jesr.desk.reminder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jesr.desk.base.AbstractEntity;

/** That one person's digest for one day was queued: a second run the same day sends nothing more. */
@Entity
@Table(name = "reminder_digest")
public class ReminderDigest extends AbstractEntity {

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @Column(name = "digest_day", nullable = false)
    private LocalDate day = LocalDate.EPOCH;

    @Column(nullable = false)
    private int items;

    protected ReminderDigest() {}

    public ReminderDigest(long userAccountId, LocalDate day, int items) {
        this.userAccountId = userAccountId;
        this.day = day;
        this.items = items;
    }

    public long getUserAccountId() {
        return userAccountId;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getItems() {
        return items;
    }
}
