package org.jesr.desk.aidememoire.internal;

import java.util.Optional;
import org.jesr.desk.aidememoire.AideMemoire;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AideMemoireRepository extends JpaRepository<AideMemoire, Long> {

    Optional<AideMemoire> findByReviewId(long reviewId);
}
