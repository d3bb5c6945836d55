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

/** A delegation's improvement plan on landscape A4, with the fonts embedded for any accents. */
public final class ImprovementPlanPdf {

    private ImprovementPlanPdf() {
    }

    public static byte[] write(String language, String title, String subtitle, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(title);
            pdf.getCatalog().setLang(new PdfString(language));
            EmbeddedFonts fonts = new EmbeddedFonts();
            try (Document document = new Document(pdf, PageSize.A4.rotate())) {
                document.setFont(fonts.regular).setFontSize(10);
                document.add(new Paragraph(title).setFont(fonts.bold).setFontSize(18));
                document.add(new Paragraph(subtitle).setFontColor(new DeviceGray(0.35f)));
                Table table = new Table(UnitValue.createPercentArray(new float[] {30, 15, 12, 20, 23})).useAllAvailableWidth();
                headers.forEach(h -> table.addHeaderCell(new Cell().add(new Paragraph(h).setFont(fonts.bold))
                        .setBackgroundColor(new DeviceGray(0.88f))));
                rows.forEach(row -> row.forEach(value -> table.addCell(new Cell().setKeepTogether(true).add(new Paragraph(value)))));
                document.add(table);
            }
        }
        return out.toByteArray();
    }
}
