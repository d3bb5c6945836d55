package org.jesr.desk.agenda.pdf;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The printable agenda: A4, one section per day, each session with its time, room and
 * status. Everything it prints arrives already translated in {@link AgendaDocument}.
 */
public final class AgendaPdf {

    /** The agenda as it should be printed. */
    public record AgendaDocument(String title, String subtitle, List<String> headers, List<Day> days) {}

    /** One day: its heading and its rows (time, session, room, status). */
    public record Day(String heading, List<List<String>> rows) {}

    private AgendaPdf() {}

    public static byte[] write(AgendaDocument agenda) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(agenda.title());
            info.setCreator("JESR Desk");
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            try (Document document = new Document(pdf, PageSize.A4)) {
                document.setFont(regular).setFontSize(10);
                document.add(new Paragraph(agenda.title()).setFont(bold).setFontSize(18));
                document.add(new Paragraph(agenda.subtitle()).setFontColor(ColorConstants.DARK_GRAY));
                boolean first = true;
                for (Day day : agenda.days()) {
                    if (!first) {
                        document.add(new AreaBreak());
                    }
                    first = false;
                    document.add(new Paragraph(day.heading())
                            .setFont(bold)
                            .setFontSize(14)
                            .setMarginTop(12));
                    document.add(table(agenda.headers(), day.rows(), bold));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Table table(List<String> headers, List<List<String>> rows, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {16, 46, 22, 16})).useAllAvailableWidth();
        for (String header : headers) {
            table.addHeaderCell(
                    new Cell().add(new Paragraph(header).setFont(bold)).setBackgroundColor(ColorConstants.LIGHT_GRAY));
        }
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(new Cell().add(new Paragraph(value))));
        }
        return table;
    }
}
