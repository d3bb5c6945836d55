package org.jesr.desk.participant.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.OverflowWrapPropertyValue;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jesr.desk.base.pdf.EmbeddedFonts;

/**
 * The printable sheet the secretariat hands out at registration: one card a person, to cut along the
 * dashed lines, with their username, the link to set their password and its QR code. Every text
 * arrives translated in the reader's language.
 */
public final class InvitationSheet {

    /** The sheet's title, the instructions printed on every card, and the cards. */
    public record Sheet(String title, String instructions, List<Card> cards) {}

    /** One person: their name, organization, username line, link and validity line. */
    public record Card(String name, String organization, String username, String link, String validity) {}

    private InvitationSheet() {}

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(sheet.title());
            pdf.getDocumentInfo().setCreator("JESR Desk");
            EmbeddedFonts fonts = new EmbeddedFonts();
            try (Document document = new Document(pdf, PageSize.A4)) {
                document.setFont(fonts.regular).setFontSize(10);
                document.add(new Paragraph(sheet.title()).setFont(fonts.bold).setFontSize(16));
                Table cards = new Table(UnitValue.createPercentArray(2)).useAllAvailableWidth();
                for (Card card : sheet.cards()) {
                    cards.addCell(card(card, sheet.instructions(), pdf, fonts));
                }
                if (sheet.cards().size() % 2 == 1) {
                    cards.addCell(new Cell().setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f)));
                }
                document.add(cards);
            }
        }
        return out.toByteArray();
    }

    private static Cell card(Card card, String instructions, PdfDocument pdf, EmbeddedFonts fonts) {
        PdfFormXObject code = new BarcodeQRCode(card.link()).createFormXObject(ColorConstants.BLACK, pdf);
        Image qr = new Image(code).setWidth(110).setHeight(110);
        Paragraph link = new Paragraph(card.link()).setFontSize(7);
        // A link has no spaces; without this it would widen the card past the page instead of wrapping.
        link.setProperty(Property.OVERFLOW_WRAP, OverflowWrapPropertyValue.ANYWHERE);
        return new Cell()
                .setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f))
                .setPadding(10)
                .setKeepTogether(true)
                .add(new Paragraph(card.name()).setFont(fonts.bold).setFontSize(12))
                .add(new Paragraph(card.organization()).setFontColor(ColorConstants.DARK_GRAY))
                .add(new Paragraph(card.username()))
                .add(qr)
                .add(new Paragraph(instructions).setFontSize(8))
                .add(link)
                .add(new Paragraph(card.validity()).setFontSize(8).setFont(fonts.italic));
    }
}
