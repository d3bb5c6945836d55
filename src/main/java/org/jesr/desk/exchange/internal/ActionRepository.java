package org.jesr.desk.exchange.internal;

import java.util.List;
import org.jesr.desk.exchange.ImprovementAction;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionRepository extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findByDelegationIdOrderByIdAsc(long delegationId);
}
