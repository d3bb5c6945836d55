package org.jesr.desk.review.internal;

import java.util.Optional;
import org.jesr.desk.review.Review;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findFirstByActiveTrueOrderByStartDateDesc();
}
