package org.jesr.desk.exchange.internal;

import java.util.List;
import org.jesr.desk.exchange.Delegation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByReviewIdOrderByCountryAsc(long reviewId);

    @Query("select count(distinct d) from Delegation d join d.memberIds m where m = :participantId")
    long countWithMember(@Param("participantId") long participantId);
}
