package org.jesr.desk.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One dated report on an agreed recommendation: where it stands, in a line or two, on what evidence,
 * and who said so for which organization. Updates are only ever added, so the history reads as it was
 * reported; the latest one is the recommendation's current status.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends AbstractEntity {

    public static final int TEXT_MAX = 1000;

    @Column(name = "recommendation_id", nullable = false)
    private long recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status = FollowUpStatus.NOT_STARTED;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text = "";

    @Column(name = "drop_reason", length = TEXT_MAX)
    private @Nullable String dropReason;

    /** A library document or an indicator, as an evidence token ("indicator:A4"). */
    @Column(name = "evidence_ref", length = 80)
    private @Nullable String evidenceRef;

    @Column(name = "entered_by", nullable = false, length = 60)
    private String enteredBy = "";

    /** The organization its author reported for; null when the secretariat entered it. */
    @Column(name = "entered_for_org")
    private @Nullable Long enteredForOrgId;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt = Instant.EPOCH;

    protected ProgressUpdate() {}

    ProgressUpdate(
            long recommendationId,
            FollowUpStatus status,
            String text,
            @Nullable String dropReason,
            @Nullable String evidenceRef,
            String enteredBy,
            @Nullable Long enteredForOrgId,
            Instant enteredAt) {
        this.recommendationId = recommendationId;
        this.status = status;
        this.text = text;
        this.dropReason = dropReason;
        this.evidenceRef = evidenceRef;
        this.enteredBy = enteredBy;
        this.enteredForOrgId = enteredForOrgId;
        this.enteredAt = enteredAt;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }

    public @Nullable String getDropReason() {
        return dropReason;
    }

    public @Nullable String getEvidenceRef() {
        return evidenceRef;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public @Nullable Long getEnteredForOrgId() {
        return enteredForOrgId;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
