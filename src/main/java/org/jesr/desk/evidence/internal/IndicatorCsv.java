package org.jesr.desk.evidence.internal;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.evidence.Direction;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;

/**
 * Reads indicators in the long layout statisticians export: one row per indicator, year,
 * kind (baseline, target, actual) and breakdown. Every row is checked before any is stored.
 */
public final class IndicatorCsv {

    public static final List<String> COLUMNS =
            List.of("code", "name", "unit", "theme", "direction", "source", "year", "kind", "breakdown", "value");

    private IndicatorCsv() {}

    /** Reads the file's indicators, each with all of its figures; whether they exist already is the caller's concern. */
    public static List<Indicator> read(InputStream in, long reviewId) {
        CsvTable table = CsvTable.read(in, List.of("code", "name", "unit", "year", "kind", "value"));
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Set<String> figures = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.limited("code", 30, true);
            String key = code.toUpperCase(Locale.ROOT);
            Indicator indicator = byCode.computeIfAbsent(key, k -> header(row, reviewId, code));
            if (!indicator.getName().equals(row.required("name"))) {
                throw new CsvImportException(row.line(), "name", "indicator.error.name-differs", code);
            }
            int year = Numbers.year(row, "year");
            ValueKind kind = kind(row);
            String breakdown = row.optional("breakdown") == null
                    ? IndicatorValue.TOTAL
                    : row.limited("breakdown", 60, false).toLowerCase(Locale.ROOT);
            if (!figures.add(key + "|" + year + "|" + kind + "|" + breakdown)) {
                throw new CsvImportException(row.line(), "year", "indicator.error.duplicate-figure", code, year);
            }
            indicator.addValue(new IndicatorValue(year, kind, breakdown, Numbers.number(row, "value")));
        }
        return List.copyOf(byCode.values());
    }

    private static Indicator header(CsvTable.Row row, long reviewId, String code) {
        Indicator indicator = new Indicator();
        indicator.setReviewId(reviewId);
        indicator.setCode(code);
        indicator.setName(row.limited("name", 300, true));
        indicator.setUnit(row.limited("unit", 40, true));
        indicator.setTheme(row.optional("theme"));
        indicator.setSource(row.optional("source"));
        String direction = row.optional("direction");
        if (direction != null) {
            try {
                indicator.setDirection(Direction.valueOf(direction
                        .trim()
                        .toUpperCase(Locale.ROOT)
                        .replace(' ', '_')
                        .replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new CsvImportException(row.line(), "direction", "import.error.value", direction);
            }
        }
        return indicator;
    }

    private static ValueKind kind(CsvTable.Row row) {
        String value = row.required("kind");
        try {
            return ValueKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CsvImportException(row.line(), "kind", "import.error.value", value);
        }
    }
}
