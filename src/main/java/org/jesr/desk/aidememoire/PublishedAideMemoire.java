package org.jesr.desk.aidememoire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.aidememoire.internal.AideMemoireRepository;
import org.jesr.desk.aidememoire.internal.VersionRepository;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.SystemAuthentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aide-memoire as the public may read it: its FINAL versions only, and only while the review's
 * organizers keep its public page on. A draft, a version in consultation or a validated one never
 * leaves through here.
 */
@Service
public class PublishedAideMemoire {

    /** One final version: its id for the link, the language it was drafted in, when it was signed off. */
    public record FinalVersion(long id, String language, int number, Instant frozenAt) {}

    private final AideMemoireRepository aideMemoires;
    private final VersionRepository versions;
    private final ReviewService reviews;
    private final AideMemoireExports exports;

    PublishedAideMemoire(
            AideMemoireRepository aideMemoires,
            VersionRepository versions,
            ReviewService reviews,
            AideMemoireExports exports) {
        this.aideMemoires = aideMemoires;
        this.versions = versions;
        this.reviews = reviews;
        this.exports = exports;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FinalVersion> finalVersions(long reviewId) {
        if (reviews.publicReview(reviewId).isEmpty()) {
            return List.of();
        }
        return aideMemoires.findByReviewId(reviewId).stream()
                .flatMap(a -> versions.findByAideMemoireIdOrderByNumberAsc(a.id()).stream())
                .filter(v -> v.getStatus() == AideMemoireStatus.FINAL)
                .map(v -> new FinalVersion(v.id(), v.getLanguage(), v.getNumber(), v.getFrozenAt()))
                .toList();
    }

    /**
     * The PDF of a final version of this review, or nothing. Once the checks above passed, it is
     * rendered by the same writer the secretariat uses, as the system: the document is published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long reviewId, long versionId) {
        boolean published = finalVersions(reviewId).stream().anyMatch(v -> v.id() == versionId);
        return published
                ? Optional.of(SystemAuthentication.runAsSystem(() -> exports.pdf(versionId)))
                : Optional.empty();
    }
}
