package org.jesr.desk.aidememoire.internal;

import java.util.List;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionRepository extends JpaRepository<AideMemoireVersion, Long> {

    List<AideMemoireVersion> findByAideMemoireIdOrderByNumberAsc(long aideMemoireId);
}
