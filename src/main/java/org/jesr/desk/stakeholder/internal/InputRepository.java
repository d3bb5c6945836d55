package org.jesr.desk.stakeholder.internal;

import java.util.List;
import org.jesr.desk.stakeholder.StakeholderInput;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InputRepository extends JpaRepository<StakeholderInput, Long> {

    List<StakeholderInput> findByReviewIdOrderBySubmittedAtDescIdDesc(long reviewId);

    List<StakeholderInput> findByReviewIdAndAuthorOrderBySubmittedAtDescIdDesc(long reviewId, String author);
}
