package org.jesr.desk.evidence.internal;

import java.util.List;
import java.util.Locale;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.review.ReviewRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The documents of a review's library stay downloadable from the list of reviews, archived or not. */
@Component
@Order(20)
class DocumentRecords implements ReviewRecords {

    private final DocumentService documents;

    DocumentRecords(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public List<Record> records(long reviewId, Locale locale) {
        return documents.list(reviewId).stream()
                .map(d -> new Record(d.getTitle(), d.getFileName(), d.getContentType(), () -> documents.content(d)))
                .toList();
    }
}
