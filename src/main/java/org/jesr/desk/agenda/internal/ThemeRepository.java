package org.jesr.desk.agenda.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.agenda.Theme;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByReviewIdOrderByNameAsc(long reviewId);

    List<Theme> findByReviewIdAndRetiredFalseOrderByNameAsc(long reviewId);

    Optional<Theme> findByReviewIdAndNameIgnoreCase(long reviewId, String name);

    long countByReviewIdAndRetiredFalse(long reviewId);
}
