package org.jesr.desk.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** Provenance: which group, visit or input a recommendation came from. Kept through merges. */
@Embeddable
public record RecommendationSource(
        @Enumerated(EnumType.STRING) @Column(name = "source_kind", nullable = false, length = 30)
        SourceKind kind,

        @Column(name = "session_id") @Nullable Long sessionId,

        @Column(name = "label", nullable = false, length = 200)
        String label) {}
