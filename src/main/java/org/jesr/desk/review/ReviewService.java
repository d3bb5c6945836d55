package org.jesr.desk.review;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.internal.ReviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review in progress and its settings. */
@Service
public class ReviewService {

    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "fr");

    private final ReviewRepository reviews;

    ReviewService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /**
     * The review everyone is working on: the active one with the latest start. Its name,
     * dates and venue are public, as room displays and calendar feeds show them without a sign-in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Review> current() {
        return reviews.findFirstByActiveTrueOrderByStartDateDesc();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Review> find(long reviewId) {
        return reviews.findById(reviewId);
    }

    /** Last year's review of the same country or province, whose recommendations this one follows up. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Review> previous(Review review) {
        return reviews.findPrevious(review.getCountryOrProvince(), review.getYear() - 1);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return reviews.count();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review save(Review review) {
        validate(review);
        return reviews.saveAndFlush(review);
    }

    private static void validate(Review review) {
        if (review.getName().isBlank() || review.getCountryOrProvince().isBlank() || review.getVenue().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        if (review.getStartDate() == null || review.getEndDate() == null) {
            throw new TranslatedException("review.error.dates-required");
        }
        if (review.getEndDate().isBefore(review.getStartDate())) {
            throw new TranslatedException("review.error.end-before-start");
        }
        try {
            ZoneId.of(review.getTimeZone());
        } catch (DateTimeException e) {
            throw new TranslatedException("review.error.time-zone", review.getTimeZone());
        }
        if (review.languageList().isEmpty() || !SUPPORTED_LANGUAGES.containsAll(review.languageList())) {
            throw new TranslatedException("review.error.languages");
        }
    }
}
