package org.jesr.desk.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every importer reads XLSX through CsvTable; these are the spreadsheet cases it must survive. */
class XlsxImportTest {

    @Test
    void a_workbook_reads_like_a_csv_file_with_excel_row_numbers() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Code", "Year", "Value", "Date");
            // a blank row in between is skipped, but the row numbers stay Excel's own
            row(sheet, 2, "A1", 2025.0, 63.5, null);
            Row formula = sheet.createRow(3);
            formula.createCell(0).setCellValue("A2");
            formula.createCell(1).setCellValue(2024);
            formula.createCell(2).setCellFormula("60+2");
            formula.createCell(3).setCellValue(LocalDate.of(2026, 12, 7));
            formula.getCell(3).setCellStyle(dateStyle(sheet));
        });

        CsvTable table = CsvTable.read(new ByteArrayInputStream(xlsx), List.of("code", "year", "value"));

        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.required("code")).isEqualTo("A1");
        assertThat(first.required("year")).isEqualTo("2025");
        assertThat(first.required("value")).isEqualTo("63.5");
        CsvTable.Row second = table.rows().get(1);
        assertThat(second.required("value"))
                .as("a formula gives its computed value")
                .isEqualTo("62");
        assertThat(second.required("date")).isEqualTo("2026-12-07");
    }

    @Test
    void a_missing_column_is_named() throws IOException {
        byte[] xlsx = workbook(sheet -> row(sheet, 0, "code", "year"));

        assertThatThrownBy(() -> CsvTable.read(new ByteArrayInputStream(xlsx), List.of("code", "year", "value")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo("value");
                    assertThat(e.key()).isEqualTo("import.error.missing-column");
                });
    }

    @Test
    void a_truncated_workbook_and_a_zip_that_is_no_workbook_are_refused_by_content() throws IOException {
        byte[] xlsx = workbook(sheet -> row(sheet, 0, "code"));
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        byte[] otherZip = zip("readme.txt", "hello".getBytes());

        for (byte[] bad : List.of(truncated, otherZip)) {
            assertThatThrownBy(() -> CsvTable.read(new ByteArrayInputStream(bad), List.of("code")))
                    .isInstanceOfSatisfying(
                            CsvImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.not-a-table"));
        }
    }

    @Test
    void an_old_xls_workbook_gets_its_own_advice() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThatThrownBy(() -> CsvTable.read(new ByteArrayInputStream(ole2), List.of("code")))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.old-excel"));
    }

    @Test
    void a_zip_bomb_posing_as_a_workbook_is_refused_before_it_fills_memory() throws IOException {
        // 200 MB of zeros inflates from a few hundred kilobytes: far beyond any real sheet.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }

        assertThatThrownBy(() -> CsvTable.read(new ByteArrayInputStream(out.toByteArray()), List.of("code")))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.not-a-table"));
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Data"));
            // Excel stores each formula's last result; do the same, as a real file would have it.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(Sheet sheet) {
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(
                sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
