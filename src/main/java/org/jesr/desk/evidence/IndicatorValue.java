package org.jesr.desk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One figure of an indicator: a year, whether it is the baseline, a target or an actual,
 * the breakdown it applies to ("total", "girls", "boys", or a district), and the value.
 */
@Embeddable
public record IndicatorValue(
        @Column(name = "value_year", nullable = false) int year,

        @Enumerated(EnumType.STRING) @Column(name = "value_kind", nullable = false, length = 10)
        ValueKind kind,

        @Column(nullable = false, length = 60) String breakdown,
        @Column(name = "amount", nullable = false) double value) {

    public static final String TOTAL = "total";
}
