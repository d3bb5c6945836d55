package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;

/** One person present at one session: the evidence of who took part, by constituency. */
@Entity
@Table(name = "attendance")
public class Attendance extends AbstractEntity {

    /** How the presence was recorded. */
    public enum Method {
        ORGANIZER,
        WALK_IN,
        QR_CODE
    }

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Method method = Method.ORGANIZER;

    public static Attendance of(long sessionId, long participantId, Instant at, Method method) {
        Attendance attendance = new Attendance();
        attendance.sessionId = sessionId;
        attendance.participantId = participantId;
        attendance.checkedInAt = at;
        attendance.method = method;
        return attendance;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Method getMethod() {
        return method;
    }
}
