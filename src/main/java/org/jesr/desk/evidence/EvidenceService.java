package org.jesr.desk.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.evidence.internal.DocumentRepository;
import org.jesr.desk.evidence.internal.IndicatorRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a finding or a recommendation can cite: the review's indicators and library documents. */
@Service
public class EvidenceService {

    public record Choice(EvidenceRef ref, String label) {}

    private final IndicatorRepository indicators;
    private final DocumentRepository documents;

    EvidenceService(IndicatorRepository indicators, DocumentRepository documents) {
        this.indicators = indicators;
        this.documents = documents;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Choice> choices(long reviewId) {
        List<Choice> choices = new ArrayList<>();
        indicators
                .findByReviewIdOrderByCodeAsc(reviewId)
                .forEach(i ->
                        choices.add(new Choice(EvidenceRef.indicator(i.getCode()), i.getCode() + " — " + i.getName())));
        documents
                .findByReviewIdOrderByUploadedAtDescIdDesc(reviewId)
                .forEach(d -> choices.add(new Choice(EvidenceRef.document(d.id()), d.getTitle())));
        return choices;
    }

    /** The label of a cited piece of evidence, or empty when it no longer exists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> label(long reviewId, EvidenceRef ref) {
        return switch (ref.type()) {
            case INDICATOR ->
                indicators
                        .findByReviewIdAndCodeIgnoreCase(reviewId, ref.key())
                        .map(i -> i.getCode() + " — " + i.getName());
            case DOCUMENT ->
                parseId(ref.key())
                        .flatMap(documents::findById)
                        .filter(d -> d.getReviewId() == reviewId)
                        .map(LibraryDocument::getTitle);
        };
    }

    private static Optional<Long> parseId(String key) {
        try {
            return Optional.of(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
