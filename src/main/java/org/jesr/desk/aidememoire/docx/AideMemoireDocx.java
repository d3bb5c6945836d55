package org.jesr.desk.aidememoire.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jesr.desk.aidememoire.AideMemoireDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The aide-memoire as a Word file, because ministries edit and circulate Word: real heading
 * styles (so Word's navigation and contents work), numbered paragraphs, tables with repeating
 * headers and rows that do not split, page numbers, and the draft watermark.
 */
public final class AideMemoireDocx {

    public static final String TITLE_STYLE = "Title";
    public static final String HEADING_STYLE = "Heading1";

    private AideMemoireDocx() {}

    public static byte[] write(AideMemoireDocument doc) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(word);
            word.getProperties().getCoreProperties().setTitle(doc.title());
            word.getProperties().getCoreProperties().setCreator("JESR Desk");
            headerAndFooter(word, doc);
            XWPFParagraph title = word.createParagraph();
            title.setStyle(TITLE_STYLE);
            title.createRun().setText(doc.title());
            for (String line : doc.coverLines()) {
                word.createParagraph().createRun().setText(line);
            }
            XWPFParagraph contents = word.createParagraph();
            contents.setStyle(HEADING_STYLE);
            contents.setPageBreak(true);
            contents.createRun().setText(doc.contentsTitle());
            doc.parts().forEach(part -> word.createParagraph().createRun().setText(part.heading()));
            for (AideMemoireDocument.Part part : doc.parts()) {
                XWPFParagraph heading = word.createParagraph();
                heading.setStyle(HEADING_STYLE);
                heading.setPageBreak(true);
                heading.createRun().setText(part.heading());
                boolean tableInstead =
                        part.tables().stream().anyMatch(AideMemoireDocument.TableData::replacesParagraphs);
                if (!tableInstead) {
                    part.paragraphs().forEach(p -> paragraph(word, p));
                }
                part.tables().forEach(t -> table(word, t));
            }
            if (!doc.signatures().isEmpty()) {
                XWPFParagraph heading = word.createParagraph();
                heading.setStyle(HEADING_STYLE);
                heading.createRun().setText(doc.signaturesTitle());
                doc.signatures()
                        .forEach(line -> word.createParagraph().createRun().setText(line));
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument word, AideMemoireDocument.Numbered numbered) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun number = paragraph.createRun();
        number.setBold(true);
        number.setText(numbered.number() + ".\t");
        for (Node node : Jsoup.parseBodyFragment(numbered.html()).body().childNodes()) {
            if (node instanceof Element e
                    && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                int item = 1;
                for (Element li : e.children()) {
                    XWPFParagraph bullet = word.createParagraph();
                    bullet.setIndentationLeft(720);
                    bullet.createRun().setText(e.normalName().equals("ol") ? (item++) + ". " : "• ");
                    li.childNodes().forEach(n -> inline(n, bullet, false, false, false));
                }
            } else {
                inline(node, paragraph, false, false, false);
            }
        }
    }

    /** Writes text runs; markup beyond bold, italics, underline and breaks is dropped, its text kept. */
    private static void inline(Node node, XWPFParagraph into, boolean bold, boolean italic, boolean underline) {
        if (node instanceof TextNode text) {
            XWPFRun run = into.createRun();
            run.setBold(bold);
            run.setItalic(italic);
            if (underline) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
            run.setText(text.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                into.createRun().addBreak();
                return;
            }
            boolean b = bold || tag.equals("b") || tag.equals("strong");
            boolean i = italic || tag.equals("i") || tag.equals("em");
            boolean u = underline || tag.equals("u");
            e.childNodes().forEach(n -> inline(n, into, b, i, u));
        }
    }

    private static void table(XWPFDocument word, AideMemoireDocument.TableData data) {
        XWPFParagraph caption = word.createParagraph();
        XWPFRun captionRun = caption.createRun();
        captionRun.setItalic(true);
        captionRun.setText(data.caption());
        XWPFTable table =
                word.createTable(data.rows().size() + 1, data.headers().size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < data.headers().size(); c++) {
            XWPFParagraph cell = header.getCell(c).getParagraphs().getFirst();
            XWPFRun run = cell.createRun();
            run.setBold(true);
            run.setText(data.headers().get(c));
        }
        for (int r = 0; r < data.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> values = data.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().getFirst();
                Jsoup.parseBodyFragment(values.get(c))
                        .body()
                        .childNodes()
                        .forEach(n -> inline(n, paragraph, false, false, false));
            }
        }
    }

    private static void headerAndFooter(XWPFDocument word, AideMemoireDocument doc) {
        XWPFHeader header = word.createHeader(HeaderFooterType.DEFAULT);
        header.createParagraph().createRun().setText(doc.runningHeader());
        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.RIGHT);
        // "Page {0} of {1}" with Word's own PAGE and NUMPAGES fields in place of the numbers.
        String[] parts = doc.pageLabel().split("\\{0}|\\{1}", -1);
        page.createRun().setText(parts[0]);
        page.getCTP().addNewFldSimple().setInstr("PAGE");
        page.createRun().setText(parts.length > 1 ? parts[1] : " / ");
        page.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        if (parts.length > 2) {
            page.createRun().setText(parts[2]);
        }
        if (doc.watermark() != null) {
            new XWPFHeaderFooterPolicy(word).createWatermark(doc.watermark());
        }
    }

    private static void styles(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        styles.addStyle(heading(TITLE_STYLE, "Title", 0, 40));
        styles.addStyle(heading(HEADING_STYLE, "heading 1", 0, 30));
    }

    private static XWPFStyle heading(String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewKeepNext();
        style.addNewRPr().addNewB();
        style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }
}
