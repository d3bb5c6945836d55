package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.participant.Constituency;
import org.jspecify.annotations.Nullable;

/** A co-chair's sign-off of the validated aide-memoire, for their constituency. */
@Entity
@Table(name = "aide_memoire_signoff")
public class SignOff extends AbstractEntity {

    @Column(name = "aide_memoire_id", nullable = false)
    private long aideMemoireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Constituency constituency = Constituency.GOVERNMENT;

    @Column(nullable = false, length = 200)
    private String signatory = "";

    @Column(name = "signatory_title", length = 200)
    private @Nullable String title;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt = Instant.EPOCH;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy = "";

    protected SignOff() {}

    SignOff(
            long aideMemoireId,
            Constituency constituency,
            String signatory,
            @Nullable String title,
            Instant signedAt,
            String recordedBy) {
        this.aideMemoireId = aideMemoireId;
        this.constituency = constituency;
        this.signatory = signatory;
        this.title = title;
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
    }

    public long getAideMemoireId() {
        return aideMemoireId;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public String getSignatory() {
        return signatory;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
