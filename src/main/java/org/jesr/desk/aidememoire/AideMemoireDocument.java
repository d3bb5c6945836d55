package org.jesr.desk.aidememoire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The aide-memoire as the document writers (PDF, Word) receive it: every label already
 * translated, every paragraph numbered and already safe HTML (escaped data or cleaned edits).
 */
public record AideMemoireDocument(
        String language,
        String title,
        List<String> coverLines,
        String runningHeader,
        String pageLabel,
        String contentsTitle,
        @Nullable String watermark,
        List<Part> parts,
        String signaturesTitle,
        List<String> signatures) {

    /** A section: its heading, its numbered paragraphs, and tables that follow them. */
    public record Part(String heading, List<Numbered> paragraphs, List<TableData> tables) {}

    public record Numbered(int number, String html) {}

    /**
     * A table; when {@code replacesParagraphs} is set, its rows stand for the section's
     * paragraphs (the recommendations matrix) and the first column is the paragraph number.
     */
    public record TableData(
            String caption,
            List<String> headers,
            float[] widths,
            List<List<String>> rows,
            boolean replacesParagraphs) {}
}
