package org.jesr.desk.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Something handed in against an obligation: a text, or a file kept in the document library. */
@Embeddable
public record Submission(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
        SubmissionKind kind,

        @Column(name = "body", length = 4000) @Nullable String text,
        @Column(name = "document_id") @Nullable Long documentId,

        @Column(name = "submitted_by", nullable = false, length = 60)
        String submittedBy,

        @Column(name = "submitted_at", nullable = false) Instant submittedAt) {}
