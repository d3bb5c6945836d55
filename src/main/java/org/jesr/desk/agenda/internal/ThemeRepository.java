package org.jesr.desk.agenda.internal;

import java.util.List;
import org.jesr.desk.agenda.Theme;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByReviewIdOrderByNameAsc(long reviewId);
}
