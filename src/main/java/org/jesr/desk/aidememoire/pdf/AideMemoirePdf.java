package org.jesr.desk.aidememoire.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.aidememoire.AideMemoireDocument;
import org.jesr.desk.base.pdf.EmbeddedFonts;
import org.jspecify.annotations.Nullable;

/**
 * The aide-memoire as a PDF a ministry can sign: A4, DejaVu Sans embedded, a cover, a table of
 * contents, numbered paragraphs, running header and "page X of Y", a watermark on drafts, and
 * tables whose rows never split. It is tagged for PDF/UA-1 and archivable as PDF/A-2a. It is
 * laid out twice: the first pass learns where each section starts and how many pages there
 * are, the second writes the real contents page and footers.
 */
public final class AideMemoirePdf {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private AideMemoirePdf() {}

    public static byte[] write(AideMemoireDocument doc) {
        Layout first = render(doc, null, 0);
        return render(doc, first.sectionPages, first.pages).bytes;
    }

    private record Layout(byte[] bytes, List<Integer> sectionPages, int pages) {}

    private static Layout render(AideMemoireDocument doc, @Nullable List<Integer> knownSectionPages, int knownPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> sectionPages = new ArrayList<>();
        int pages;
        WriterProperties properties = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        PdfOutputIntent intent = new PdfOutputIntent(
                "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB));
        try (PdfADocument pdf = new PdfADocument(new PdfWriter(out, properties), PdfAConformance.PDF_A_2A, intent)) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString(doc.language()));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(doc.title());
            info.setCreator("JESR Desk");
            EmbeddedFonts fonts = new EmbeddedFonts();
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Decorations(doc, fonts, knownPages));
            try (Document document = new Document(pdf, PageSize.A4)) {
                document.setMargins(64, 56, 64, 56);
                document.setFont(fonts.regular).setFontSize(10.5f);
                cover(document, doc, fonts);
                document.add(new AreaBreak());
                contents(document, doc, fonts, knownSectionPages);
                HtmlToPdf html = new HtmlToPdf(fonts);
                document.add(new AreaBreak());
                boolean first = true;
                for (AideMemoireDocument.Part part : doc.parts()) {
                    // Sections flow on: a page per section left pages mostly empty (issue 21). A
                    // heading too near the foot of a page starts the next one instead.
                    if (!first && spaceLeft(document) < MIN_SPACE_FOR_A_SECTION) {
                        document.add(new AreaBreak());
                    }
                    Paragraph heading = heading(part.heading(), fonts, 15, StandardRoles.H2);
                    document.add(first ? heading : heading.setMarginTop(18));
                    // Elements are laid out as they are added, so this is the heading's own page.
                    sectionPages.add(pdf.getNumberOfPages());
                    first = false;
                    boolean tableInstead =
                            part.tables().stream().anyMatch(AideMemoireDocument.TableData::replacesParagraphs);
                    if (!tableInstead) {
                        for (AideMemoireDocument.Numbered paragraph : part.paragraphs()) {
                            Text number = new Text(paragraph.number() + ".  ").setFont(fonts.bold);
                            for (IBlockElement block : html.blocks(paragraph.html(), number)) {
                                document.add(
                                        block instanceof Paragraph p
                                                ? p.setMarginBottom(6).setTextAlignment(TextAlignment.JUSTIFIED)
                                                : block);
                            }
                        }
                    }
                    for (AideMemoireDocument.TableData table : part.tables()) {
                        document.add(table(table, fonts, html));
                    }
                }
                if (!doc.signatures().isEmpty()) {
                    document.add(heading(doc.signaturesTitle(), fonts, 13, StandardRoles.H2)
                            .setMarginTop(24));
                    doc.signatures().forEach(line -> document.add(new Paragraph(line).setMarginBottom(18)));
                }
                pages = pdf.getNumberOfPages();
            }
        }
        return new Layout(out.toByteArray(), sectionPages, pages);
    }

    /** Room for a heading and the first lines under it, in points. */
    private static final float MIN_SPACE_FOR_A_SECTION = 120;

    private static float spaceLeft(Document document) {
        var area = document.getRenderer().getCurrentArea();
        return area == null ? 0 : area.getBBox().getHeight();
    }

    private static void cover(Document document, AideMemoireDocument doc, EmbeddedFonts fonts) {
        document.add(new Paragraph().setHeight(180));
        document.add(heading(doc.title(), fonts, 24, StandardRoles.H1).setMarginBottom(24));
        for (String line : doc.coverLines()) {
            document.add(new Paragraph(line).setFontSize(13).setMarginBottom(4));
        }
    }

    private static void contents(
            Document document, AideMemoireDocument doc, EmbeddedFonts fonts, @Nullable List<Integer> pages) {
        document.add(heading(doc.contentsTitle(), fonts, 15, StandardRoles.H2));
        float width = PageSize.A4.getWidth() - 112;
        for (int i = 0; i < doc.parts().size(); i++) {
            String page = pages == null || i >= pages.size() ? "" : String.valueOf(pages.get(i));
            document.add(new Paragraph()
                    .addTabStops(new TabStop(width, TabAlignment.RIGHT, new DottedLine(0.6f, 3)))
                    .add(doc.parts().get(i).heading())
                    .add(new Tab())
                    .add(page)
                    .setMarginBottom(4));
        }
    }

    private static Paragraph heading(String text, EmbeddedFonts fonts, float size, String role) {
        Paragraph heading = new Paragraph(text)
                .setFont(fonts.bold)
                .setFontSize(size)
                .setMarginBottom(10)
                .setKeepWithNext(true);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }

    private static Table table(AideMemoireDocument.TableData data, EmbeddedFonts fonts, HtmlToPdf html) {
        Table table = new Table(UnitValue.createPercentArray(data.widths()))
                .useAllAvailableWidth()
                .setMarginTop(8)
                .setFontSize(9);
        table.setCaption(new Div().add(new Paragraph(data.caption()).setFont(fonts.italic)));
        for (String header : data.headers()) {
            Cell cell =
                    new Cell().add(new Paragraph(header).setFont(fonts.bold)).setBackgroundColor(new DeviceGray(0.88f));
            cell.getAccessibilityProperties()
                    .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(cell);
        }
        for (List<String> row : data.rows()) {
            for (String value : row) {
                Cell cell = new Cell().setKeepTogether(true).setVerticalAlignment(VerticalAlignment.TOP);
                html.blocks(value, new Text("")).forEach(block -> {
                    if (block instanceof Paragraph p) {
                        cell.add(p.setMargin(0));
                    } else if (block instanceof com.itextpdf.layout.element.List l) {
                        cell.add(l);
                    }
                });
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Header, footer and watermark, drawn as artifacts so screen readers skip them. */
    private static final class Decorations extends AbstractPdfDocumentEventHandler {

        private final AideMemoireDocument doc;
        private final EmbeddedFonts fonts;
        private final int totalPages;

        Decorations(AideMemoireDocument doc, EmbeddedFonts fonts, int totalPages) {
            this.doc = doc;
            this.fonts = fonts;
            this.totalPages = totalPages;
        }

        private static Paragraph artifact(String text) {
            Paragraph paragraph = new Paragraph(text);
            // Already inside the artifact opened on the canvas; the layout must not tag it again.
            paragraph.getAccessibilityProperties().setRole(null);
            return paragraph;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocumentEvent pageEvent = (PdfDocumentEvent) event;
            PdfPage page = pageEvent.getPage();
            PdfDocument pdf = pageEvent.getDocument();
            int number = pdf.getPageNumber(page);
            Rectangle size = page.getPageSize();
            PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
            under.openTag(new CanvasArtifact());
            if (doc.watermark() != null) {
                try (Canvas canvas = new Canvas(under, size)) {
                    canvas.setFont(fonts.bold).setFontSize(34).setFontColor(new DeviceGray(0.86f));
                    canvas.showTextAligned(
                            artifact(doc.watermark()),
                            size.getWidth() / 2,
                            size.getHeight() / 2,
                            number,
                            TextAlignment.CENTER,
                            VerticalAlignment.MIDDLE,
                            (float) Math.toRadians(50));
                }
            }
            if (number > 1) {
                try (Canvas canvas = new Canvas(under, size)) {
                    canvas.setFont(fonts.regular).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY);
                    canvas.showTextAligned(artifact(doc.runningHeader()), 56, size.getTop() - 36, TextAlignment.LEFT);
                    String footer = MessageFormat.format(doc.pageLabel(), number, totalPages == 0 ? "?" : totalPages);
                    canvas.showTextAligned(artifact(footer), size.getWidth() - 56, 34, TextAlignment.RIGHT);
                }
            }
            under.closeTag();
        }
    }
}
