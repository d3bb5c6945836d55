package org.jesr.desk.exchange.internal;

import java.util.Collection;
import java.util.List;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SideMeetingRepository extends JpaRepository<SideMeetingRequest, Long> {

    List<SideMeetingRequest> findByDelegationIdInOrderByIdAsc(Collection<Long> delegationIds);
}
