package org.jesr.desk.recommendation.internal;

import java.util.Collection;
import java.util.List;
import org.jesr.desk.recommendation.ProgressUpdate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByRecommendationIdOrderByEnteredAtDescIdDesc(long recommendationId);

    List<ProgressUpdate> findByRecommendationIdInOrderByEnteredAtDescIdDesc(Collection<Long> recommendationIds);
}
