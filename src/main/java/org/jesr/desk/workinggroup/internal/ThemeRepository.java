package org.jesr.desk.workinggroup.internal;

import java.util.List;
import org.jesr.desk.workinggroup.Theme;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByReviewIdOrderByNameAsc(long reviewId);
}
