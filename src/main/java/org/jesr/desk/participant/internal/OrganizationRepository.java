package org.jesr.desk.participant.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.participant.Organization;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("""
            select o from Organization o
            where lower(o.name) like :pattern or lower(coalesce(o.acronym, '')) like :pattern""")
    Page<Organization> search(@Param("pattern") String pattern, Pageable pageable);

    List<Organization> findAllByOrderByNameAsc();

    Optional<Organization> findByNameIgnoreCase(String name);

    List<Organization> findByAcronymIgnoreCase(String acronym);
}
