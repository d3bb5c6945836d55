package org.jesr.desk.preparation.internal;

import java.util.List;
import org.jesr.desk.preparation.Milestone;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByReviewIdOrderByOrderNoAscIdAsc(long reviewId);
}
