package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;

/** A session a participant chose to follow, so it appears in "My agenda". */
@Entity
@Table(name = "session_follow")
public class SessionFollow extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    public static SessionFollow of(long sessionId, long participantId) {
        SessionFollow follow = new SessionFollow();
        follow.sessionId = sessionId;
        follow.participantId = participantId;
        return follow;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getParticipantId() {
        return participantId;
    }
}
