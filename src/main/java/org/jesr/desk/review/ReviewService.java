package org.jesr.desk.review;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.review.internal.ReviewRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review in progress and its settings. */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;

    private final ObjectProvider<ReviewRecords> recordSources;

    ReviewService(
            ReviewRepository reviews, ApplicationEventPublisher events, ObjectProvider<ReviewRecords> recordSources) {
        this.recordSources = recordSources;
        this.reviews = reviews;
        this.events = events;
    }

    /**
     * The review everyone is working on: the one the secretariat chose, else the active one with
     * the latest start. Its name, dates and venue are public, as room displays and calendar feeds
     * show them without a sign-in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Review> current() {
        return reviews.findFirstByCurrentTrueAndArchivedFalse()
                .or(reviews::findFirstByActiveTrueAndArchivedFalseOrderByStartDateDesc);
    }

    /** Every review of the instance, latest first, archived ones included. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Review> all() {
        return reviews.findAllByOrderByYearDescStartDateDesc();
    }

    /** Makes a review the one everyone's screens show. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review makeCurrent(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(NotFound::new);
        if (review.isArchived()) {
            throw new TranslatedException("review.error.archived");
        }
        reviews.findByCurrentTrue().forEach(r -> r.setCurrent(false));
        review.setCurrent(true);
        review.setActive(true);
        return reviews.saveAndFlush(review);
    }

    /**
     * Archives a review: nothing of its proceedings changes any more, its files stay downloadable,
     * and the follow-up of its recommendations goes on. Or brings it back.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review setArchived(long reviewId, boolean archived) {
        Review review = reviews.findById(reviewId).orElseThrow(NotFound::new);
        review.setArchived(archived);
        if (archived) {
            review.setCurrent(false);
            review.setActive(false);
        }
        return reviews.saveAndFlush(review);
    }

    /** Turns the review's public page on or off; it is off until an organizer says otherwise. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review setPublicPage(long reviewId, boolean on) {
        Review review = reviews.findById(reviewId).orElseThrow(NotFound::new);
        review.setPublicPage(on);
        return reviews.saveAndFlush(review);
    }

    /** A review anyone may read about, only if its organizers made its page public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Review> publicReview(long reviewId) {
        return reviews.findById(reviewId).filter(Review::isPublicPage);
    }

    /**
     * Starts next year's review from this one: its settings with the year moved on, and, through
     * {@link NextReviewStarted}, its participants, themes, working groups and what stakeholders owe.
     * Its agreed recommendations are the new review's follow-up register. The new review becomes current.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review startNext(long fromReviewId, NextReview next) {
        Review from = reviews.findById(fromReviewId).orElseThrow(NotFound::new);
        if (next.year() <= from.getYear()) {
            throw new TranslatedException("review.error.next-year", from.getYear());
        }
        Review review = new Review();
        review.setName(next.name());
        review.setCountryOrProvince(from.getCountryOrProvince());
        review.setYear(next.year());
        review.setStartDate(next.start());
        review.setEndDate(next.end());
        review.setVenue(from.getVenue());
        review.setTimeZone(from.getTimeZone());
        review.setSectorPlan(from.getSectorPlan());
        review.setLanguages(from.getLanguages());
        review.setPreviousReviewId(fromReviewId);
        validate(review);
        reviews.findByCurrentTrue().forEach(r -> r.setCurrent(false));
        review.setCurrent(true);
        Review saved = reviews.saveAndFlush(review);
        events.publishEvent(new NextReviewStarted(
                fromReviewId,
                saved.id(),
                next.year() - from.getYear(),
                next.participants(),
                next.participants() && next.members()));
        return saved;
    }

    /** Files a review leaves behind (aide-memoire, documents), for the list of reviews. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<ReviewRecords.Record> records(long reviewId, Locale locale) {
        return recordSources
                .orderedStream()
                .flatMap(r -> r.records(reviewId, locale).stream())
                .toList();
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
        if (review.getPreviousReviewId() != null) {
            return reviews.findById(review.getPreviousReviewId());
        }
        return reviews.findPrevious(review.getCountryOrProvince(), review.getYear() - 1);
    }

    /**
     * The review whose recommendations this one follows up, entered as a record of last year's
     * when that review was not held in this app: same place and settings, a year earlier, never
     * current. Its agreed recommendations are then brought in from a file.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review previousOrRecord(long reviewId) {
        Review current = reviews.findById(reviewId).orElseThrow(NotFound::new);
        Optional<Review> previous = previous(current);
        if (previous.isPresent()) {
            return previous.get();
        }
        String year = String.valueOf(current.getYear());
        String lastYear = String.valueOf(current.getYear() - 1);
        Review record = new Review();
        record.setName(
                current.getName().contains(year)
                        ? current.getName().replace(year, lastYear)
                        : current.getName() + " " + lastYear);
        record.setCountryOrProvince(current.getCountryOrProvince());
        record.setYear(current.getYear() - 1);
        record.setStartDate(current.startDate().minusYears(1));
        record.setEndDate(current.endDate().minusYears(1));
        record.setVenue(current.getVenue());
        record.setTimeZone(current.getTimeZone());
        record.setSectorPlan(current.getSectorPlan());
        record.setLanguages(current.getLanguages());
        record.setActive(false);
        Review saved = reviews.saveAndFlush(record);
        current.setPreviousReviewId(saved.getId());
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return reviews.count();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Review save(Review review) {
        if (review.isArchived()) {
            throw new TranslatedException("review.error.archived");
        }
        validate(review);
        if (review.isNew() && review.isActive()) {
            // A review the secretariat creates is the one it is about to prepare (an inactive one,
            // such as last year's entered for its recommendations, is not).
            reviews.findByCurrentTrue().forEach(r -> r.setCurrent(false));
            review.setCurrent(true);
        }
        return reviews.saveAndFlush(review);
    }

    private static void validate(Review review) {
        if (review.getName().isBlank()
                || review.getCountryOrProvince().isBlank()
                || review.getVenue().isBlank()) {
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
        if (review.languageList().isEmpty() || !review.languageList().stream().allMatch(Language::isSupported)) {
            throw new TranslatedException("review.error.languages");
        }
    }
}
