package org.jesr.desk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.csv.CsvImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Finances, XLSX imports, the document library and the findings that cite the evidence. */
class EvidenceBaseIT extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    FinanceService finances;

    @Autowired
    DocumentService documents;

    @Value("${jesr.data-dir}")
    String dataDir;

    long reviewId;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
    }

    @Test
    void the_sample_financial_report_gives_execution_and_disbursement_rates() {
        List<FinanceLine> spending = finances.latestYear(reviewId, FinanceSection.SPENDING);
        assertThat(spending).hasSize(7).allMatch(l -> l.getYear() == 2025);
        FinanceLine ece = spending.stream()
                .filter(l -> l.getLabel().equals("Early childhood education"))
                .findFirst()
                .orElseThrow();
        assertThat(ece.rate().getAsDouble()).isCloseTo(5300.0 / 7400, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(finances.latestYear(reviewId, FinanceSection.COMMITMENT)).hasSize(5);
        assertThat(finances.latestYear(reviewId, FinanceSection.FUNDING))
                .extracting(FinanceLine::getLabel)
                .contains("Government of Sindh", "World Bank");
    }

    @Test
    void a_new_financial_report_updates_the_lines_it_names_but_a_bad_one_changes_nothing() {
        assertThatThrownBy(() -> finances.importReport(reviewId, csv("""
                section,year,label,unit,planned,actual
                SPENDING,2025,Primary,PKR million,100,90
                SPENDING,2025,Primary,PKR million,100,95
                """)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.key()).isEqualTo("finance.error.duplicate");
                });
        assertThatThrownBy(() -> finances.importReport(reviewId, csv("""
                section,year,label,unit,planned,actual
                BUDGET,2025,Primary,PKR million,100,90
                """)))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.column()).isEqualTo("section"));
        assertThat(finances.lines(reviewId, FinanceSection.SPENDING)).hasSize(14);

        assertThat(finances.importReport(reviewId, csv("""
                section,year,label,unit,planned,actual
                SPENDING,2026,Primary,PKR million,100,90
                """))).isEqualTo(ImportSummary.added(1));
        assertThat(finances.lines(reviewId, FinanceSection.SPENDING)).hasSize(15);
        assertThat(finances.lines(reviewId, FinanceSection.COMMITMENT)).hasSize(5);

        assertThat(finances.importReport(reviewId, csv("""
                section,year,label,unit,planned,actual
                spending,2026,primary,PKR million,100,95
                """))).isEqualTo(new ImportSummary(0, 1));
        assertThat(finances.latestYear(reviewId, FinanceSection.SPENDING))
                .singleElement()
                .satisfies(l -> assertThat(l.rate().getAsDouble()).isEqualTo(0.95));
    }

    @Test
    void indicators_import_from_an_excel_workbook_and_a_bad_cell_names_its_row_and_column() throws IOException {
        byte[] good = workbook(List.of(
                List.of("code", "name", "unit", "theme", "direction", "year", "kind", "breakdown", "value"),
                List.of(
                        "X1",
                        "Girls' completion",
                        "%",
                        "Access & Equity",
                        "HIGHER_IS_BETTER",
                        2025.0,
                        "TARGET",
                        "total",
                        70.0),
                List.of(
                        "X1",
                        "Girls' completion",
                        "%",
                        "Access & Equity",
                        "HIGHER_IS_BETTER",
                        2025.0,
                        "ACTUAL",
                        "total",
                        69.5)));
        assertThat(indicators.importCsv(reviewId, new ByteArrayInputStream(good)))
                .isEqualTo(ImportSummary.added(1));
        assertThat(indicators.findByCode(reviewId, "X1").map(indicators::status))
                .contains(IndicatorStatus.ON_TRACK);

        byte[] bad = workbook(List.of(
                List.of("code", "name", "unit", "year", "kind", "value"),
                List.of("X2", "Pupils", "n", 2025.0, "ACTUAL", 5.0),
                List.of("X2", "Pupils", "n", "last year", "TARGET", 6.0)));
        assertThatThrownBy(() -> indicators.importCsv(reviewId, new ByteArrayInputStream(bad)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("year");
                    assertThat(e.key()).isEqualTo("indicator.error.year");
                });
        assertThat(indicators.findByCode(reviewId, "X2")).isEmpty();
    }

    @Test
    void a_document_is_stored_under_a_generated_name_and_its_type_comes_from_its_content() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        LibraryDocument stored =
                documents.upload(reviewId, "ESPR 2025", DocumentCategory.PROGRESS_REPORT, "../../etc/espr.pdf", pdf);

        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        assertThat(stored.getStoredName()).matches("[0-9a-f-]{36}");
        assertThat(Files.readAllBytes(Path.of(dataDir, "uploads", "documents", stored.getStoredName())))
                .isEqualTo(pdf);
        assertThat(stored.getFileName()).doesNotContain("/").endsWith("espr.pdf");
        assertThat(documents.content(stored)).isEqualTo(pdf);
        // The name a download gets says what the file is, whatever it was called (issue 19, finding 7).
        assertThat(documents
                        .upload(reviewId, "ESPR 2025 again", DocumentCategory.PROGRESS_REPORT, "espr-2025.txt", pdf)
                        .getFileName())
                .isEqualTo("espr-2025.pdf");
        assertThatThrownBy(() -> documents.upload(reviewId, "Report", DocumentCategory.OTHER, "report.html", pdf))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("upload.error.type-name"));

        assertThatThrownBy(() -> documents.upload(
                        reviewId,
                        "Page",
                        DocumentCategory.OTHER,
                        "espr.pdf",
                        "<!DOCTYPE html><html><body onload=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("document.error.type"));
        assertThatThrownBy(() -> documents.upload(
                        reviewId, "Huge", DocumentCategory.OTHER, "big.pdf", new byte[(int) documents.maxBytes() + 1]))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("document.error.too-large"));
    }

    @Test
    void an_indicator_lists_the_findings_and_recommendations_citing_it_and_its_documents() {
        List<EvidenceCitations.Citation> a3 =
                indicators.citations(reviewId, EvidenceRef.indicator("a3"), (k, args) -> k);
        assertThat(a3).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("citation.finding");
            assertThat(c.text()).startsWith("Girls' transition to middle school");
            assertThat(c.route()).startsWith("notes/");
        });
        assertThat(indicators.citations(reviewId, EvidenceRef.indicator("G6"), (k, args) -> k))
                .isEmpty();

        byte[] csvFile = "district,schools\nKarachi,120\n".getBytes(StandardCharsets.UTF_8);
        LibraryDocument census =
                documents.upload(reviewId, "Census extract", DocumentCategory.DATA_FILE, "census.csv", csvFile);
        documents.setLinks(census.getId(), Set.of(DocumentLink.indicator("A3")));
        assertThat(documents.linkedTo(reviewId, DocumentLink.indicator("A3")))
                .extracting(LibraryDocument::getTitle)
                .containsExactly("Census extract");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Indicators");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
