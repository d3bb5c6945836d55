package org.jesr.desk.evidence.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jesr.desk.base.Translator;
import org.jesr.desk.base.ui.chart.ChartSpec;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;
import org.jspecify.annotations.Nullable;

/** Turns an indicator into a chart: actuals against the target path, plus each breakdown's actuals. */
final class IndicatorCharts {

    private IndicatorCharts() {}

    static ChartSpec spec(Indicator indicator, Translator t) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(
                indicator.getValues().stream().map(IndicatorValue::year).toList()));
        List<String> labels = years.stream().map(String::valueOf).toList();
        ChartSpec.Builder chart =
                ChartSpec.builder(indicator.getCode() + " — " + indicator.getName(), indicator.getUnit(), labels);
        // The target path starts from the baseline, so the gap to the plan reads from the first year.
        chart.series(
                t.t("indicator.series.target"),
                ChartSpec.Style.DASHED_LINE,
                years.stream()
                        .map(y -> baselineOr(indicator, y, ValueKind.TARGET, IndicatorValue.TOTAL))
                        .toList());
        chart.series(
                t.t("indicator.series.actual"),
                ChartSpec.Style.LINE,
                years.stream()
                        .map(y -> baselineOr(indicator, y, ValueKind.ACTUAL, IndicatorValue.TOTAL))
                        .toList());
        for (String breakdown : breakdowns(indicator)) {
            chart.series(
                    t.t("indicator.series.actual-of", label(breakdown, t)),
                    ChartSpec.Style.LINE,
                    years.stream()
                            .map(y -> baselineOr(indicator, y, ValueKind.ACTUAL, breakdown))
                            .toList());
        }
        return chart.build();
    }

    static List<String> breakdowns(Indicator indicator) {
        return new ArrayList<>(new TreeSet<>(indicator.getValues().stream()
                .map(IndicatorValue::breakdown)
                .filter(b -> !b.equals(IndicatorValue.TOTAL))
                .toList()));
    }

    /** Girls and boys are translated; district names are shown as the data has them. */
    static String label(String breakdown, Translator t) {
        return switch (breakdown) {
            case "girls", "boys", "female", "male" -> t.t("indicator.breakdown." + breakdown);
            default -> breakdown.substring(0, 1).toUpperCase(Locale.ROOT) + breakdown.substring(1);
        };
    }

    private static @Nullable Double baselineOr(Indicator indicator, int year, ValueKind kind, String breakdown) {
        return indicator
                .value(year, kind, breakdown)
                .or(() -> indicator.value(year, ValueKind.BASELINE, breakdown))
                .orElse(null);
    }
}
