package org.jesr.desk.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.exchange.Debrief;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DebriefRepository extends JpaRepository<Debrief, Long> {

    List<Debrief> findByDelegationIdOrderByDayAsc(long delegationId);

    Optional<Debrief> findByDelegationIdAndDay(long delegationId, LocalDate day);
}
