package org.jesr.desk.fieldvisit.internal;

import java.util.Optional;
import org.jesr.desk.fieldvisit.FieldVisit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldVisitRepository extends JpaRepository<FieldVisit, Long> {

    Optional<FieldVisit> findBySessionId(long sessionId);
}
