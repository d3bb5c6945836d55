package org.jesr.desk.agenda.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.agenda.SessionFollow;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowRepository extends JpaRepository<SessionFollow, Long> {

    List<SessionFollow> findByParticipantId(long participantId);

    Optional<SessionFollow> findBySessionIdAndParticipantId(long sessionId, long participantId);
}
