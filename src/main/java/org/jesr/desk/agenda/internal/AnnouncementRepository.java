package org.jesr.desk.agenda.internal;

import java.time.Instant;
import java.util.List;
import org.jesr.desk.agenda.Announcement;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    List<Announcement> findByReviewIdAndExpiresAtAfterOrderByCreatedAtDesc(long reviewId, Instant now);
}
