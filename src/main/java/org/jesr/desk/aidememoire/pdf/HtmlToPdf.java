package org.jesr.desk.aidememoire.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import java.util.ArrayList;
import org.jesr.desk.base.pdf.EmbeddedFonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a paragraph's small, already-cleaned HTML (bold, italics, underline, breaks, lists)
 * into layout elements. Anything else it meets is written as plain text, never interpreted.
 */
final class HtmlToPdf {

    private final EmbeddedFonts fonts;

    HtmlToPdf(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    /** The paragraph's blocks; the first is a paragraph that starts with {@code lead}, if given. */
    java.util.List<IBlockElement> blocks(String html, Text lead) {
        java.util.List<IBlockElement> blocks = new ArrayList<>();
        Paragraph current = new Paragraph().add(lead);
        boolean currentHasText = false;
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof Element e
                    && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                blocks.add(current);
                blocks.add(list(e));
                current = new Paragraph();
                currentHasText = false;
            } else {
                inline(node, current, Style.PLAIN);
                currentHasText = true;
            }
        }
        if (currentHasText || blocks.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private List list(Element element) {
        List list = new List();
        if (element.normalName().equals("ol")) {
            list.setListSymbol(ListNumberingType.DECIMAL);
        } else {
            list.setListSymbol("•  ");
        }
        for (Element li : element.children()) {
            Paragraph item = new Paragraph();
            li.childNodes().forEach(n -> inline(n, item, Style.PLAIN));
            list.add((ListItem) new ListItem().add(item));
        }
        return list;
    }

    private void inline(Node node, Paragraph into, Style style) {
        if (node instanceof TextNode text) {
            if (!text.getWholeText().isEmpty()) {
                into.add(style.apply(new Text(text.getWholeText()), fonts));
            }
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> into.add(new Text("\n"));
                case "b", "strong" -> e.childNodes().forEach(n -> inline(n, into, style.withBold()));
                case "i", "em" -> e.childNodes().forEach(n -> inline(n, into, style.withItalic()));
                case "u" -> e.childNodes().forEach(n -> inline(n, into, style.withUnderline()));
                default -> e.childNodes().forEach(n -> inline(n, into, style));
            }
        }
    }

    private record Style(boolean bold, boolean italic, boolean underline) {
        static final Style PLAIN = new Style(false, false, false);

        Style withBold() {
            return new Style(true, italic, underline);
        }

        Style withItalic() {
            return new Style(bold, true, underline);
        }

        Style withUnderline() {
            return new Style(bold, italic, true);
        }

        Text apply(Text text, EmbeddedFonts fonts) {
            PdfFont font = bold ? fonts.bold : italic ? fonts.italic : fonts.regular;
            text.setFont(font);
            if (underline) {
                text.setUnderline();
            }
            return text;
        }
    }
}
