package org.jesr.desk.base.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that opens safely in a spreadsheet: a cell that starts like a formula is
 * prefixed with an apostrophe so Excel or LibreOffice shows it as text instead of running it.
 */
public final class CsvWriter {

    private CsvWriter() {}

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        // The BOM makes Excel read the file as UTF-8, so accented French names survive.
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvWriter::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formulaLike =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike ? "'" + cell : cell;
    }
}
