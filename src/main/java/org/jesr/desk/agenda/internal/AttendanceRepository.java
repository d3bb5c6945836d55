package org.jesr.desk.agenda.internal;

import java.util.Collection;
import java.util.List;
import org.jesr.desk.agenda.Attendance;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(long sessionId);

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

    boolean existsBySessionIdAndParticipantId(long sessionId, long participantId);

    long countByParticipantId(long participantId);
}
