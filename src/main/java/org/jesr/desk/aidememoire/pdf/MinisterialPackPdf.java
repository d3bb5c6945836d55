package org.jesr.desk.aidememoire.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import org.jesr.desk.aidememoire.MinisterialPack;
import org.jesr.desk.aidememoire.VersionTables;
import org.jesr.desk.base.pdf.EmbeddedFonts;

/**
 * The ministerial presentation pack: landscape 16:9 slides — title, key messages, indicator
 * highlights as a bar chart drawn with PDF vector operations (not a picture), the top
 * recommendations with who is responsible, and next steps.
 */
public final class MinisterialPackPdf {

    /** 16:9 at 960 × 540 points, the size presentation software uses for widescreen slides. */
    public static final PageSize SLIDE = new PageSize(960, 540);

    private static final Color ON_TRACK = new DeviceRgb(0x2E, 0x7D, 0x32);
    private static final Color OFF_TRACK = new DeviceRgb(0xC6, 0x28, 0x28);
    private static final Color NO_DATA = new DeviceRgb(0x9E, 0x9E, 0x9E);
    private static final Color ACCENT = new DeviceRgb(0x0B, 0x4F, 0x8A);

    private MinisterialPackPdf() {}

    public static byte[] write(MinisterialPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(pack.title());
            pdf.getCatalog().setLang(new PdfString(pack.language()));
            EmbeddedFonts fonts = new EmbeddedFonts();
            // Pages stay open until the end, so the footers can count them all.
            try (Document slides = new Document(pdf, SLIDE, false)) {
                slides.setMargins(48, 56, 48, 56);
                slides.setFont(fonts.regular).setFontSize(18);
                slides.add(new Paragraph(pack.title())
                        .setFont(fonts.bold)
                        .setFontSize(34)
                        .setFontColor(ACCENT)
                        .setMarginTop(120));
                pack.subtitle().forEach(line -> slides.add(new Paragraph(line).setFontSize(18)));

                slide(slides, pack.keyMessagesTitle(), fonts);
                slides.add(bullets(pack.keyMessages()));

                slide(slides, pack.highlightsTitle(), fonts);
                chart(pdf.getLastPage(), pack, fonts);

                slide(slides, pack.recommendationsTitle(), fonts);
                List recommendations = new List().setListSymbol("•  ").setFontSize(15);
                for (MinisterialPack.TopRecommendation r : pack.recommendations()) {
                    Paragraph item = new Paragraph(r.text())
                            .add(new Text("  — " + r.responsible() + " (" + r.priority() + ")").setFont(fonts.bold));
                    recommendations.add((ListItem) new ListItem().add(item.setMarginBottom(6)));
                }
                slides.add(recommendations);

                slide(slides, pack.nextStepsTitle(), fonts);
                slides.add(bullets(pack.nextSteps()));
                footers(pdf, pack, fonts);
            }
        }
        return out.toByteArray();
    }

    private static void slide(Document slides, String title, EmbeddedFonts fonts) {
        slides.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        slides.add(new Paragraph(title)
                .setFont(fonts.bold)
                .setFontSize(28)
                .setFontColor(ACCENT)
                .setMarginBottom(18));
    }

    private static List bullets(java.util.List<String> lines) {
        List list = new List().setListSymbol("•  ").setFontSize(18);
        lines.forEach(line -> list.add((ListItem) new ListItem().add(new Paragraph(line).setMarginBottom(8))));
        return list;
    }

    /** One horizontal bar per theme, split into on track, off track and no data, with a legend. */
    private static void chart(PdfPage page, MinisterialPack pack, EmbeddedFonts fonts) {
        PdfCanvas canvas = new PdfCanvas(page);
        float left = 330;
        float top = 400;
        float width = 560;
        float bar = 34;
        long max = pack.themes().stream()
                .mapToLong(t -> t.onTrack() + t.offTrack() + t.noData())
                .max()
                .orElse(1);
        try (Canvas text = new Canvas(canvas, SLIDE)) {
            text.setFont(fonts.regular).setFontSize(14);
            for (int i = 0; i < pack.themes().size(); i++) {
                VersionTables.ThemeStatus theme = pack.themes().get(i);
                float y = top - i * (bar + 22);
                text.showTextAligned(
                        new Paragraph(theme.theme()).setWidth(260),
                        left - 16,
                        y + bar / 2,
                        TextAlignment.RIGHT,
                        VerticalAlignment.MIDDLE);
                float x = left;
                long[] counts = {theme.onTrack(), theme.offTrack(), theme.noData()};
                Color[] colors = {ON_TRACK, OFF_TRACK, NO_DATA};
                for (int k = 0; k < 3; k++) {
                    float w = width * counts[k] / max;
                    if (w > 0) {
                        canvas.saveState()
                                .setFillColor(colors[k])
                                .rectangle(x, y, w, bar)
                                .fill()
                                .restoreState();
                        text.showTextAligned(
                                new Paragraph(String.valueOf(counts[k]))
                                        .setFontColor(DeviceRgb.WHITE)
                                        .setFont(fonts.bold),
                                x + w / 2,
                                y + bar / 2,
                                TextAlignment.CENTER,
                                VerticalAlignment.MIDDLE);
                        x += w;
                    }
                }
            }
            float legendY = 70;
            for (int k = 0; k < pack.legend().size(); k++) {
                float x = left + k * 190;
                canvas.saveState()
                        .setFillColor(new Color[] {ON_TRACK, OFF_TRACK, NO_DATA}[k])
                        .rectangle(x, legendY, 16, 16)
                        .fill()
                        .restoreState();
                text.showTextAligned(
                        new Paragraph(pack.legend().get(k)),
                        x + 24,
                        legendY + 8,
                        TextAlignment.LEFT,
                        VerticalAlignment.MIDDLE);
            }
        }
    }

    private static void footers(PdfDocument pdf, MinisterialPack pack, EmbeddedFonts fonts) {
        for (int n = 2; n <= pdf.getNumberOfPages(); n++) {
            try (Canvas canvas = new Canvas(new PdfCanvas(pdf.getPage(n)), SLIDE)) {
                canvas.setFont(fonts.regular).setFontSize(10).setFontColor(NO_DATA);
                canvas.showTextAligned(
                        new Paragraph(pack.footer() + " · " + n + "/" + pdf.getNumberOfPages()),
                        SLIDE.getWidth() - 56,
                        24,
                        TextAlignment.RIGHT);
            }
        }
    }
}
