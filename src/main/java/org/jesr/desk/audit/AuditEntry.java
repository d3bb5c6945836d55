package org.jesr.desk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One logged change. Immutable for Hibernate (an update is never written) and without
 * setters; the repository can only add. The database refuses updates and deletes too
 * (see V15__audit_log.sql).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "at", nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "username", nullable = false, length = 60)
    private String username = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "feature", nullable = false, length = 30)
    private AuditFeature feature = AuditFeature.AGENDA;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action = AuditAction.SESSION_SAVED;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject = "";

    @Column(name = "detail", nullable = false, length = DETAIL_MAX)
    private String detail = "";

    protected AuditEntry() {}

    AuditEntry(
            Instant at, String username, AuditAction action, @Nullable Long subjectId, String subject, String detail) {
        this.at = at;
        this.username = username;
        this.feature = action.feature();
        this.action = action;
        this.subjectId = subjectId;
        this.subject = cut(subject, 300);
        this.detail = cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AuditFeature getFeature() {
        return feature;
    }

    public AuditAction getAction() {
        return action;
    }

    public @Nullable Long getSubjectId() {
        return subjectId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
