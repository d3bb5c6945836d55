package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;

/** One line of the circulation log: which version went to whom, when, and for what. */
@Entity
@Table(name = "aide_memoire_circulation")
public class Circulation extends AbstractEntity {

    public static final int RECIPIENTS_MAX = 500;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(nullable = false, length = RECIPIENTS_MAX)
    private String recipients = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CirculationPurpose purpose = CirculationPurpose.COMMENTS;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "sent_by", nullable = false, length = 60)
    private String sentBy = "";

    protected Circulation() {}

    Circulation(long versionId, String recipients, CirculationPurpose purpose, Instant sentAt, String sentBy) {
        this.versionId = versionId;
        this.recipients = recipients;
        this.purpose = purpose;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getRecipients() {
        return recipients;
    }

    public CirculationPurpose getPurpose() {
        return purpose;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }
}
