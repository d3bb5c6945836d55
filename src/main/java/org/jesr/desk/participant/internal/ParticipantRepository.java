package org.jesr.desk.participant.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.participant.Participant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ParticipantRepository extends JpaRepository<Participant, Long>, JpaSpecificationExecutor<Participant> {

    boolean existsByReviewIdAndEmail(Long reviewId, String email);

    Optional<Participant> findByReviewIdAndEmail(Long reviewId, String email);

    List<Participant> findByReviewIdOrderByNameAsc(Long reviewId);

    Optional<Participant> findFirstByReviewIdAndUserAccountId(Long reviewId, Long userAccountId);

    List<Participant> findByUserAccountId(Long userAccountId);

    @Query("""
            select o.constituency, count(p) from Participant p join p.organization o
            where p.reviewId = :reviewId group by o.constituency""")
    List<Object[]> countByConstituency(@Param("reviewId") Long reviewId);

    long countByReviewId(Long reviewId);

    long countByReviewIdAndUserAccountIdIsNotNull(Long reviewId);
}
