package org.jesr.desk.evidence.internal;

import org.jesr.desk.evidence.Direction;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorStatus;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;

/**
 * How an indicator's status is decided (docs/decisions/0008-indicator-status.md): take the
 * latest year with an actual total; compare it with that year's target. The shortfall is
 * the distance to the target in the indicator's bad direction, relative to the target.
 * Within the tolerance (or better than the target) it is on track; beyond it, off track.
 * No actual, or no target for that year: no data.
 */
public final class StatusRule {

    /** Five percent of the target, unless a review sets its own. */
    public static final double DEFAULT_TOLERANCE = 0.05;

    private StatusRule() {}

    public static IndicatorStatus status(Indicator indicator, double tolerance) {
        Integer year = indicator.latestActualYear().orElse(null);
        if (year == null) {
            return IndicatorStatus.NO_DATA;
        }
        double actual =
                indicator.value(year, ValueKind.ACTUAL, IndicatorValue.TOTAL).orElseThrow();
        Double target =
                indicator.value(year, ValueKind.TARGET, IndicatorValue.TOTAL).orElse(null);
        if (target == null) {
            return IndicatorStatus.NO_DATA;
        }
        double shortfall = indicator.getDirection() == Direction.HIGHER_IS_BETTER ? target - actual : actual - target;
        double scale = Math.abs(target) < 1e-9 ? 1 : Math.abs(target);
        return shortfall / scale <= tolerance ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
    }
}
