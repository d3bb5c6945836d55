package org.jesr.desk;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A generated PDF's text, read back with iText as a reader's tool would. */
public final class PdfText {

    private PdfText() {}

    /** Every page's text in content-stream order, so a table cell's text stays together however it wraps. */
    public static String of(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(
                                document.getPage(page), new SimpleTextExtractionStrategy()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
