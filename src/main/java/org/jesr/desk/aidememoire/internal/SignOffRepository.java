package org.jesr.desk.aidememoire.internal;

import java.util.List;
import org.jesr.desk.aidememoire.SignOff;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByAideMemoireIdOrderByIdAsc(long aideMemoireId);
}
