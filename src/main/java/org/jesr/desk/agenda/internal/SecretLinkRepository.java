package org.jesr.desk.agenda.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecretLinkRepository extends JpaRepository<SecretLink, Long> {

    Optional<SecretLink> findByTokenAndRevokedFalse(String token);

    List<SecretLink> findByReviewIdAndKindAndRevokedFalse(long reviewId, SecretLink.Kind kind);

    Optional<SecretLink> findFirstByKindAndParticipantIdAndRevokedFalse(SecretLink.Kind kind, long participantId);

    List<SecretLink> findByParticipantId(long participantId);
}
