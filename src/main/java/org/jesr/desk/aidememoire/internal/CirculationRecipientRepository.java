package org.jesr.desk.aidememoire.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.aidememoire.CirculationRecipient;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CirculationRecipientRepository extends JpaRepository<CirculationRecipient, Long> {

    List<CirculationRecipient> findByCirculationIdOrderByNameAsc(long circulationId);

    Optional<CirculationRecipient> findByToken(String token);
}
