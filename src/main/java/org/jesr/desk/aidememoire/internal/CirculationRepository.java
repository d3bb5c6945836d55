package org.jesr.desk.aidememoire.internal;

import java.util.Collection;
import java.util.List;
import org.jesr.desk.aidememoire.Circulation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CirculationRepository extends JpaRepository<Circulation, Long> {

    List<Circulation> findByVersionIdInOrderBySentAtAscIdAsc(Collection<Long> versionIds);
}
