package org.jesr.desk.exchange.pdf;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jesr.desk.base.pdf.EmbeddedFonts;

/**
 * A title, a subtitle and one table on landscape A4, with the fonts embedded for any accents:
 * the improvement plan and the self-assessment comparison are both this shape.
 */
public final class TablePdf {

    private TablePdf() {}

    /** @param widths relative column widths, one per header */
    public static byte[] write(
            String language,
            String title,
            String subtitle,
            List<String> headers,
            float[] widths,
            List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(title);
            pdf.getCatalog().setLang(new PdfString(language));
            EmbeddedFonts fonts = new EmbeddedFonts();
            try (Document document = new Document(pdf, PageSize.A4.rotate())) {
                document.setFont(fonts.regular).setFontSize(10);
                document.add(new Paragraph(title).setFont(fonts.bold).setFontSize(16));
                document.add(new Paragraph(subtitle).setFontColor(new DeviceGray(0.35f)));
                Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
                headers.forEach(h -> table.addHeaderCell(new Cell()
                        .add(new Paragraph(h).setFont(fonts.bold))
                        .setBackgroundColor(new DeviceGray(0.88f))));
                rows.forEach(row -> row.forEach(
                        value -> table.addCell(new Cell().setKeepTogether(true).add(new Paragraph(value)))));
                document.add(table);
            }
        }
        return out.toByteArray();
    }
}
