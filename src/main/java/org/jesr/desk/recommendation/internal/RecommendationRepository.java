package org.jesr.desk.recommendation.internal;

import java.util.List;
import org.jesr.desk.recommendation.Recommendation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByReviewIdOrderByOrderNoAscIdAsc(long reviewId);
}
