package org.jesr.desk.exchange.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.exchange.SelfAssessment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    List<SelfAssessment> findByReviewIdOrderByIdAsc(long reviewId);

    Optional<SelfAssessment> findByReviewIdAndDelegationIdIsNull(long reviewId);

    Optional<SelfAssessment> findByReviewIdAndDelegationId(long reviewId, long delegationId);
}
