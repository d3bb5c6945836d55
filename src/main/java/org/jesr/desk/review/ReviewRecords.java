package org.jesr.desk.review;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Files a review leaves behind, offered for download from the list of reviews, archived ones included:
 * the aide-memoire, the library's documents. Features answer for their own, already in the reader's
 * language, so the review feature lists them without depending on those features.
 */
public interface ReviewRecords {

    List<Record> records(long reviewId, Locale locale);

    /** One downloadable file: its label on screen, its file name and type, and its bytes when asked. */
    record Record(String label, String fileName, String mimeType, Supplier<byte[]> content) {}
}
