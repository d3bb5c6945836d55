package org.jesr.desk.base.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook read into the same rows as a CSV file, so every
 * importer accepts both. Row numbers are the ones Excel shows. Numbers are written the
 * way Java parses them, whatever the sheet's display format or the user's locale.
 */
final class XlsxSheet {

    /** A real sheet of a few thousand rows stays far below this; a ZIP bomb does not. */
    private static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheet() {}

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static CsvTable read(byte[] bytes, List<String> requiredColumns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new CsvImportException(0, "", "import.error.not-a-table");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<CsvTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = values(row);
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values.stream()
                            .map(h -> h.trim().toLowerCase(Locale.ROOT))
                            .toList();
                    CsvTable.of(header, List.of(), requiredColumns);
                } else {
                    rows.add(new CsvTable.Row(row.getRowNum() + 1L, header, values));
                }
            }
            if (header == null) {
                throw new CsvImportException(0, "", "import.error.not-a-table");
            }
            return CsvTable.of(header, rows, requiredColumns);
        } catch (CsvImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not a workbook (another kind of ZIP), a truncated file, or one that inflates suspiciously.
            throw new CsvImportException(0, "", "import.error.not-a-table");
        }
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : text(cell, cell.getCellType()));
        }
        return values;
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            default -> "";
        };
    }
}
