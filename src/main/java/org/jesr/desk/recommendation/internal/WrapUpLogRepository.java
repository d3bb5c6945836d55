package org.jesr.desk.recommendation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrapUpLogRepository extends JpaRepository<WrapUpLog, Long> {

    List<WrapUpLog> findByReviewIdOrderByLoggedAtAsc(long reviewId);
}
