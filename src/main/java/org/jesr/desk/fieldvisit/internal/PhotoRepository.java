package org.jesr.desk.fieldvisit.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.fieldvisit.Photo;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhotoRepository extends JpaRepository<Photo, Long> {

    List<Photo> findBySiteIdOrderByUploadedAtAsc(long siteId);

    Optional<Photo> findByDeviceId(String deviceId);
}
