package org.jesr.desk.exchange.internal;

import java.util.Optional;
import org.jesr.desk.exchange.Feedback;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByDelegationId(long delegationId);
}
