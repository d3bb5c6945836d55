package org.jesr.desk.workinggroup.internal;

import java.util.List;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    List<WorkingGroup> findByReviewIdOrderByIdAsc(long reviewId);

    boolean existsByReviewIdAndThemeId(long reviewId, long themeId);

    long countByReviewId(long reviewId);

    @Query("select count(distinct g) from WorkingGroup g join g.members m where m.participantId = :participantId")
    long countWithMember(@Param("participantId") long participantId);
}
