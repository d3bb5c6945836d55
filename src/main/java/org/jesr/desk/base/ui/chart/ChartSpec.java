package org.jesr.desk.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a chart shows, independent of the chart library: labelled categories along the
 * x axis and one or more series of values (a missing value is a gap, not a zero). The
 * same spec feeds the chart and the table beside it, so the two can never disagree.
 */
public record ChartSpec(String title, String unit, List<String> categories, List<Series> series) {

    public enum Style {
        LINE,
        DASHED_LINE,
        BAR
    }

    public record Series(String name, Style style, List<@Nullable Double> values) {}

    public ChartSpec {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Builds a spec series by series. */
    public static Builder builder(String title, String unit, List<String> categories) {
        return new Builder(title, unit, categories);
    }

    public static final class Builder {
        private final String title;
        private final String unit;
        private final List<String> categories;
        private final List<Series> series = new ArrayList<>();

        private Builder(String title, String unit, List<String> categories) {
            this.title = title;
            this.unit = unit;
            this.categories = categories;
        }

        public Builder series(String name, Style style, List<? extends @Nullable Double> values) {
            // Not List.copyOf: a year without a figure is a null, drawn as a gap.
            series.add(new Series(name, style, new ArrayList<>(values)));
            return this;
        }

        public ChartSpec build() {
            return new ChartSpec(title, unit, categories, series);
        }
    }
}
