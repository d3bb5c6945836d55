package org.jesr.desk.fieldvisit.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.fieldvisit.Site;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, Long> {

    List<Site> findByFieldVisitIdOrderByIdAsc(long fieldVisitId);

    Optional<Site> findByFieldVisitIdAndDeviceId(long fieldVisitId, String deviceId);
}
