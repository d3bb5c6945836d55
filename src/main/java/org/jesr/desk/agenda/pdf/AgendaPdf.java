package org.jesr.desk.agenda.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jesr.desk.base.pdf.EmbeddedFonts;

/**
 * The printable agenda: A4, one section per day, each session with its time, room and status as of
 * the moment it was printed. Tagged (PDF/UA-1), with its fonts embedded, so a screen reader reads the
 * tables as tables. Everything it prints arrives already translated in {@link AgendaDocument}.
 */
public final class AgendaPdf {

    /**
     * The agenda as it should be printed.
     *
     * @param asOf the line saying when the statuses were read ("Statuses as of …"): they change live
     */
    public record AgendaDocument(
            String language, String title, String subtitle, String asOf, List<String> headers, List<Day> days) {}

    /** One day: its heading and its rows (time, session, room, status). */
    public record Day(String heading, List<List<String>> rows) {}

    private AgendaPdf() {}

    public static byte[] write(AgendaDocument agenda) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties properties = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString(agenda.language()));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(agenda.title());
            info.setCreator("JESR Desk");
            EmbeddedFonts fonts = new EmbeddedFonts();
            try (Document document = new Document(pdf, PageSize.A4)) {
                document.setFont(fonts.regular).setFontSize(10);
                document.add(heading(agenda.title(), fonts, 18, StandardRoles.H1));
                document.add(new Paragraph(agenda.subtitle()).setFontColor(ColorConstants.DARK_GRAY));
                document.add(new Paragraph(agenda.asOf()).setFont(fonts.italic).setFontColor(ColorConstants.DARK_GRAY));
                boolean first = true;
                for (Day day : agenda.days()) {
                    // A day per page: the programme is handed out one day at a time.
                    if (!first) {
                        document.add(new AreaBreak());
                    }
                    first = false;
                    document.add(
                            heading(day.heading(), fonts, 14, StandardRoles.H2).setMarginTop(12));
                    document.add(table(agenda.headers(), day.rows(), fonts));
                }
            }
        }
        return out.toByteArray();
    }

    private static Paragraph heading(String text, EmbeddedFonts fonts, float size, String role) {
        Paragraph heading =
                new Paragraph(text).setFont(fonts.bold).setFontSize(size).setKeepWithNext(true);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }

    private static Table table(List<String> headers, List<List<String>> rows, EmbeddedFonts fonts) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {16, 46, 22, 16})).useAllAvailableWidth();
        for (String header : headers) {
            Cell cell = new Cell()
                    .add(new Paragraph(header).setFont(fonts.bold))
                    .setBackgroundColor(ColorConstants.LIGHT_GRAY);
            cell.getAccessibilityProperties()
                    .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(cell);
        }
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(new Cell().add(new Paragraph(value))));
        }
        return table;
    }
}
