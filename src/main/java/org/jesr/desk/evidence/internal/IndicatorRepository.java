package org.jesr.desk.evidence.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.evidence.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByReviewIdOrderByCodeAsc(long reviewId);

    Optional<Indicator> findByReviewIdAndCodeIgnoreCase(long reviewId, String code);

    boolean existsByReviewIdAndCodeIgnoreCase(long reviewId, String code);

    long countByReviewId(long reviewId);
}
