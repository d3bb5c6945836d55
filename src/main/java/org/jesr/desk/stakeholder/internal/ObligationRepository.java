package org.jesr.desk.stakeholder.internal;

import java.util.List;
import org.jesr.desk.stakeholder.Obligation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

    List<Obligation> findByReviewIdOrderByDueDateAscIdAsc(long reviewId);

    long countByReviewId(long reviewId);
}
