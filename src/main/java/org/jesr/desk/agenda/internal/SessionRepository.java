package org.jesr.desk.agenda.internal;

import java.time.Instant;
import java.util.List;
import org.jesr.desk.agenda.AgendaSession;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionRepository extends JpaRepository<AgendaSession, Long> {

    List<AgendaSession> findByReviewIdOrderByStartAscTitleAsc(long reviewId);

    List<AgendaSession> findByReviewIdAndStartLessThanAndEndGreaterThanOrderByStartAsc(
            long reviewId, Instant to, Instant from);

    long countByReviewId(long reviewId);

    @Query("select count(distinct s) from AgendaSession s join s.people p where p.participantId = :participantId")
    long countNaming(@Param("participantId") long participantId);
}
