package org.jesr.desk.recommendation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrapUpRepository extends JpaRepository<WrapUp, Long> {

    Optional<WrapUp> findByReviewId(long reviewId);
}
