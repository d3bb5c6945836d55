package org.jesr.desk.evidence.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.evidence.FinanceLine;
import org.jesr.desk.evidence.FinanceSection;
import org.jspecify.annotations.Nullable;

/** Reads the financial report, one row per section, year and line; every row is checked first. */
public final class FinanceCsv {

    public static final List<String> COLUMNS = List.of("section", "year", "label", "unit", "planned", "actual");

    private FinanceCsv() {}

    public static List<FinanceLine> read(InputStream in, long reviewId) {
        CsvTable table = CsvTable.read(in, List.of("section", "year", "label", "unit", "planned"));
        List<FinanceLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            FinanceSection section = section(row);
            int year = Numbers.year(row, "year");
            String label = row.limited("label", 160, true);
            if (!seen.add(section + "|" + year + "|" + label.toLowerCase(Locale.ROOT))) {
                throw new CsvImportException(row.line(), "label", "finance.error.duplicate", label, year);
            }
            double planned = Numbers.number(row, "planned");
            @Nullable Double actual = row.optional("actual") == null ? null : Numbers.number(row, "actual");
            if (planned < 0 || (actual != null && actual < 0)) {
                throw new CsvImportException(row.line(), planned < 0 ? "planned" : "actual", "finance.error.negative");
            }
            lines.add(new FinanceLine(reviewId, section, year, label, row.limited("unit", 40, true), planned, actual));
        }
        return lines;
    }

    private static FinanceSection section(CsvTable.Row row) {
        String value = row.required("section");
        try {
            return FinanceSection.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CsvImportException(row.line(), "section", "import.error.value", value);
        }
    }
}
