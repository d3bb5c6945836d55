package org.jesr.desk.fieldvisit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistRevisionRepository extends JpaRepository<ChecklistRevision, Long> {

    Optional<ChecklistRevision> findFirstByReviewIdOrderByRevisionDesc(long reviewId);

    Optional<ChecklistRevision> findByReviewIdAndRevision(long reviewId, int revision);

    List<ChecklistRevision> findByReviewIdOrderByRevisionDesc(long reviewId);
}
