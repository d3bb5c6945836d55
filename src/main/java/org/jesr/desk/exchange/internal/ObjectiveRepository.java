package org.jesr.desk.exchange.internal;

import java.util.List;
import org.jesr.desk.exchange.LearningObjective;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveRepository extends JpaRepository<LearningObjective, Long> {

    List<LearningObjective> findByDelegationIdOrderByIdAsc(long delegationId);
}
