package org.jesr.desk.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A key finding and the evidence it rests on: an indicator, a progress-report section or a document. */
@Embeddable
public record Finding(
        @Column(name = "body", nullable = false, length = 2000)
        String text,

        @Enumerated(EnumType.STRING) @Column(name = "evidence_kind", nullable = false, length = 20)
        EvidenceKind evidenceKind,

        @Column(name = "evidence_ref", length = 300) @Nullable
        String evidenceRef) {

    public boolean hasEvidence() {
        return evidenceKind != EvidenceKind.NONE && evidenceRef != null && !evidenceRef.isBlank();
    }
}
