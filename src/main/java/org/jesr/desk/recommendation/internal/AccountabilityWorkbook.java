package org.jesr.desk.recommendation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Translator;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.ProgressUpdate;
import org.jesr.desk.recommendation.Recommendation;

/**
 * The accountability register as a spreadsheet, one row per agreed recommendation, in the reader's
 * language: what ministries pass round and file. Values are written as text, never as formulas, so a
 * recommendation starting with "=" stays words.
 */
public final class AccountabilityWorkbook {

    private static final List<String> HEADERS = List.of(
            "accountability.xlsx.number",
            "accountability.xlsx.recommendation",
            "accountability.xlsx.theme",
            "accountability.xlsx.responsible",
            "accountability.xlsx.supporting",
            "accountability.xlsx.due",
            "accountability.xlsx.status",
            "accountability.xlsx.overdue",
            "accountability.xlsx.latest",
            "accountability.xlsx.updated",
            "accountability.xlsx.by");

    private AccountabilityWorkbook() {}

    public static byte[] write(
            List<Accountable> rows,
            Map<Long, String> themeNames,
            Map<Long, String> organizationNames,
            ZoneId zone,
            Locale locale,
            Translator t) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(t.t("accountability.xlsx.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(t.t(HEADERS.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (Accountable a : rows) {
                Recommendation r = a.recommendation();
                ProgressUpdate latest = a.latest();
                Row row = sheet.createRow(n++);
                List<String> values = List.of(
                        String.valueOf(r.getOrderNo()),
                        r.getText(),
                        r.getThemeId() == null ? "" : themeNames.getOrDefault(r.getThemeId(), ""),
                        r.getResponsibleOrgId() == null
                                ? r.getResponsibleBody()
                                : organizationNames.getOrDefault(r.getResponsibleOrgId(), r.getResponsibleBody()),
                        r.getSupporterIds().stream()
                                .map(id -> organizationNames.getOrDefault(id, ""))
                                .collect(Collectors.joining("; ")),
                        r.getDueDate() == null ? "" : Formats.date(r.getDueDate(), locale),
                        t.t(a.status().translationKey()),
                        a.overdue() ? t.t("accountability.overdue") : "",
                        latest == null ? "" : latest.getText(),
                        latest == null ? "" : Formats.dateTime(latest.getEnteredAt(), zone, locale),
                        latest == null ? "" : latest.getEnteredBy());
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            sheet.setColumnWidth(1, 80 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
