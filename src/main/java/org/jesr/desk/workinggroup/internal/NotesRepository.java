package org.jesr.desk.workinggroup.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.workinggroup.SessionNotes;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotesRepository extends JpaRepository<SessionNotes, Long> {

    Optional<SessionNotes> findBySessionId(long sessionId);

    List<SessionNotes> findByReviewId(long reviewId);
}
