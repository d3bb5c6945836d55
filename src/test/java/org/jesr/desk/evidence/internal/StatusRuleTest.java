package org.jesr.desk.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jesr.desk.evidence.Direction;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorStatus;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    @Test
    void an_indicator_within_five_percent_of_its_target_is_on_track() {
        assertThat(status(Direction.HIGHER_IS_BETTER, 64, 63)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status(Direction.HIGHER_IS_BETTER, 50, 47.5)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status(Direction.HIGHER_IS_BETTER, 500, 520)).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void further_than_the_tolerance_in_the_bad_direction_is_off_track() {
        assertThat(status(Direction.HIGHER_IS_BETTER, 60, 48)).isEqualTo(IndicatorStatus.OFF_TRACK);
        assertThat(status(Direction.HIGHER_IS_BETTER, 50, 47.4)).isEqualTo(IndicatorStatus.OFF_TRACK);
    }

    @Test
    void for_a_lower_is_better_indicator_going_up_is_the_bad_direction() {
        assertThat(status(Direction.LOWER_IS_BETTER, 5.7, 6.1)).isEqualTo(IndicatorStatus.OFF_TRACK);
        assertThat(status(Direction.LOWER_IS_BETTER, 34, 34.5)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status(Direction.LOWER_IS_BETTER, 34, 30)).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void no_actual_or_no_target_for_the_latest_actual_year_is_no_data() {
        Indicator none = indicator(Direction.HIGHER_IS_BETTER);
        none.addValue(new IndicatorValue(2026, ValueKind.TARGET, IndicatorValue.TOTAL, 10));
        assertThat(StatusRule.status(none, StatusRule.DEFAULT_TOLERANCE)).isEqualTo(IndicatorStatus.NO_DATA);

        Indicator untargeted = indicator(Direction.HIGHER_IS_BETTER);
        untargeted.addValue(new IndicatorValue(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL, 10));
        untargeted.addValue(new IndicatorValue(2026, ValueKind.TARGET, IndicatorValue.TOTAL, 10));
        assertThat(StatusRule.status(untargeted, StatusRule.DEFAULT_TOLERANCE)).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void the_latest_actual_year_decides_and_breakdowns_do_not_count() {
        Indicator indicator = indicator(Direction.HIGHER_IS_BETTER);
        indicator.addValue(new IndicatorValue(2024, ValueKind.TARGET, IndicatorValue.TOTAL, 62));
        indicator.addValue(new IndicatorValue(2024, ValueKind.ACTUAL, IndicatorValue.TOTAL, 50));
        indicator.addValue(new IndicatorValue(2025, ValueKind.TARGET, IndicatorValue.TOTAL, 64));
        indicator.addValue(new IndicatorValue(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL, 63));
        indicator.addValue(new IndicatorValue(2026, ValueKind.ACTUAL, "girls", 40));

        assertThat(StatusRule.status(indicator, StatusRule.DEFAULT_TOLERANCE)).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    private static IndicatorStatus status(Direction direction, double target, double actual) {
        Indicator indicator = indicator(direction);
        indicator.addValue(new IndicatorValue(2025, ValueKind.TARGET, IndicatorValue.TOTAL, target));
        indicator.addValue(new IndicatorValue(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL, actual));
        return StatusRule.status(indicator, StatusRule.DEFAULT_TOLERANCE);
    }

    private static Indicator indicator(Direction direction) {
        Indicator indicator = new Indicator();
        indicator.setCode("X1");
        indicator.setName("Test");
        indicator.setDirection(direction);
        return indicator;
    }
}
