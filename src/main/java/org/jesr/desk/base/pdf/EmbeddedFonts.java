package org.jesr.desk.base.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled with the app and embedded in every PDF: PDF/A and PDF/UA need the
 * fonts inside the file, and French needs its accents whatever fonts the reader's machine has.
 */
public final class EmbeddedFonts {

    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = load("DejaVuSans-Oblique.ttf");

    public final PdfFont regular;
    public final PdfFont bold;
    public final PdfFont italic;

    /** Fonts belong to one PDF document each, so every document makes its own set. */
    public EmbeddedFonts() {
        regular = font(REGULAR);
        bold = font(BOLD);
        italic = font(ITALIC);
    }

    private static PdfFont font(byte[] bytes) {
        try {
            return PdfFontFactory.createFont(
                    bytes, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
