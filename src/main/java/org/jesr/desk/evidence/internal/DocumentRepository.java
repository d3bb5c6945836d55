package org.jesr.desk.evidence.internal;

import java.util.List;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.LibraryDocument;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<LibraryDocument, Long> {

    List<LibraryDocument> findByReviewIdOrderByUploadedAtDescIdDesc(long reviewId);

    long countByReviewId(long reviewId);

    boolean existsByReviewIdAndCategory(long reviewId, DocumentCategory category);
}
