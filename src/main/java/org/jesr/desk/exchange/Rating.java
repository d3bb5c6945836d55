package org.jesr.desk.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One criterion's maturity, with the evidence the assessor relied on. */
@Embeddable
public record Rating(
        @Enumerated(EnumType.STRING) @Column(name = "criterion", nullable = false, length = 40)
        Criterion criterion,

        @Enumerated(EnumType.STRING) @Column(name = "maturity", nullable = false, length = 20)
        Maturity maturity,

        @Column(name = "evidence", length = 2000) @Nullable String evidence) {}
