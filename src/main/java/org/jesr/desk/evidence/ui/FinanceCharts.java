package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jesr.desk.base.Translator;
import org.jesr.desk.base.ui.chart.ChartPanel;
import org.jesr.desk.base.ui.chart.ChartSpec;
import org.jesr.desk.evidence.FinanceLine;
import org.jesr.desk.evidence.FinanceSection;
import org.jesr.desk.evidence.FinanceService;

/** The financial report's three charts, each for the latest fiscal year the report covers. */
class FinanceCharts extends Div {

    FinanceCharts(FinanceService finances, long reviewId) {
        setId("finance-charts");
        addClassName("chart-grid");
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        Translator t = this::getTranslation;
        for (FinanceSection section : FinanceSection.values()) {
            List<FinanceLine> lines = finances.latestYear(reviewId, section);
            if (lines.isEmpty()) {
                continue;
            }
            String id = "finance-" + section.name().toLowerCase(Locale.ROOT);
            add(new ChartPanel(
                    id,
                    spec(section, lines, t),
                    new ChartPanel.ExtraColumn(
                            t.t(section.translationKey() + ".rate"),
                            row -> rate(section, lines, row).stream()
                                    .mapToObj(percent::format)
                                    .findFirst()
                                    .orElse("—"))));
        }
        if (getChildren().findAny().isEmpty()) {
            add(new Paragraph(t.t("finance.none")));
        }
    }

    private static ChartSpec spec(FinanceSection section, List<FinanceLine> lines, Translator t) {
        String key = section.translationKey();
        ChartSpec.Builder chart = ChartSpec.builder(
                t.t(key, lines.getFirst().getYear()),
                lines.getFirst().getUnit(),
                lines.stream().map(FinanceLine::getLabel).toList());
        chart.series(
                t.t(key + ".planned"),
                ChartSpec.Style.BAR,
                lines.stream().map(l -> (Double) l.getPlanned()).toList());
        if (section != FinanceSection.FUNDING) {
            chart.series(
                    t.t(key + ".actual"),
                    ChartSpec.Style.BAR,
                    lines.stream().map(FinanceLine::getActual).toList());
        }
        return chart.build();
    }

    /** Execution or disbursement rate; for funding, each source's share of the total. */
    private static OptionalDouble rate(FinanceSection section, List<FinanceLine> lines, int row) {
        if (section == FinanceSection.FUNDING) {
            double total = lines.stream().mapToDouble(FinanceLine::getPlanned).sum();
            return total == 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(lines.get(row).getPlanned() / total);
        }
        return lines.get(row).rate();
    }
}
