package org.jesr.desk.evidence.ui;

import java.util.List;
import org.jesr.desk.base.ui.ImportSpec;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.evidence.IndicatorService;

/** The performance report's indicators and the financial report as files. */
final class EvidenceImports {

    private EvidenceImports() {}

    static ImportSpec indicators(IndicatorService indicators, long reviewId) {
        return new ImportSpec(
                "indicator.import",
                IndicatorService.CSV_COLUMNS,
                "indicator.import-values",
                List.of(
                        "A1",
                        "Net enrolment rate, primary",
                        "%",
                        "Access & Equity",
                        "HIGHER_IS_BETTER",
                        "HIES / PSLM",
                        "2025",
                        "ACTUAL",
                        "total",
                        "63"),
                "indicator.import-done",
                in -> indicators.importCsv(reviewId, in));
    }

    static ImportSpec finances(FinanceService finances, long reviewId) {
        return new ImportSpec(
                "finance.import",
                FinanceService.CSV_COLUMNS,
                "finance.import-values",
                List.of("SPENDING", "2025", "Primary education", "PKR million", "152000", "141300"),
                "finance.import-done",
                in -> finances.importReport(reviewId, in));
    }
}
