package org.jesr.desk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document attached to an agenda session (by id) or to an indicator (by code). */
@Embeddable
public record DocumentLink(
        @Enumerated(EnumType.STRING) @Column(name = "link_type", nullable = false, length = 20)
        Type type,

        @Column(name = "link_key", nullable = false, length = 60)
        String key) {

    public enum Type {
        SESSION,
        INDICATOR
    }

    public static DocumentLink session(long sessionId) {
        return new DocumentLink(Type.SESSION, String.valueOf(sessionId));
    }

    public static DocumentLink indicator(String code) {
        return new DocumentLink(Type.INDICATOR, code);
    }
}
