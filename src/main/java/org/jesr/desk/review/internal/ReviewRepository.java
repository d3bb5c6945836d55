package org.jesr.desk.review.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.review.Review;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findFirstByActiveTrueOrderByStartDateDesc();

    Optional<Review> findFirstByCurrentTrueAndArchivedFalse();

    Optional<Review> findFirstByActiveTrueAndArchivedFalseOrderByStartDateDesc();

    List<Review> findAllByOrderByYearDescStartDateDesc();

    List<Review> findByCurrentTrue();

    // Written out: a derived name would read the "Or" in "countryOrProvince" as a keyword.
    @Query("select r from Review r where r.countryOrProvince = :place and r.year = :year")
    Optional<Review> findPrevious(@Param("place") String countryOrProvince, @Param("year") int year);
}
