package org.jesr.desk.exchange.internal;

import java.util.List;
import org.jesr.desk.exchange.Delegation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByReviewIdOrderByCountryAsc(long reviewId);
}
