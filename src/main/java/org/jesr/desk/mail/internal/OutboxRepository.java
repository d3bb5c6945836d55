package org.jesr.desk.mail.internal;

import java.time.Instant;
import java.util.List;
import org.jesr.desk.mail.OutboxMessage;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Limit limit);
}
