package org.jesr.desk.reminder.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderDigestRepository extends JpaRepository<ReminderDigest, Long> {

    boolean existsByUserAccountIdAndDay(long userAccountId, LocalDate day);
}
