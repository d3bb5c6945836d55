package org.jesr.desk.evidence.internal;

import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;

/** Years and figures as the report's spreadsheets write them, with the row and column of a bad one. */
final class Numbers {

    private Numbers() {}

    static int year(CsvTable.Row row, String column) {
        String value = row.required(column).trim();
        // A spreadsheet cell holding 2024 may come back as "2024.0"; both mean the year.
        String whole = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
        try {
            int year = Integer.parseInt(whole);
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CsvImportException(row.line(), column, "indicator.error.year", value);
    }

    static double number(CsvTable.Row row, String column) {
        String value = row.required(column);
        try {
            double number = Double.parseDouble(
                    value.trim().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new CsvImportException(row.line(), column, "indicator.error.number", value);
        }
    }
}
