package org.jesr.desk.aidememoire.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.aidememoire.SectionKey;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByAideMemoireId(long aideMemoireId);

    Optional<Section> findByAideMemoireIdAndKey(long aideMemoireId, SectionKey key);
}
