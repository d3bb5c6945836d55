package org.jesr.desk.agenda.internal;

import java.util.List;
import org.jesr.desk.agenda.Room;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByReviewIdOrderBySortOrderAscNameAsc(long reviewId);
}
