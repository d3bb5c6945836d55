package org.jesr.desk.review.internal;

import java.time.ZoneId;
import java.util.Optional;
import org.jesr.desk.base.ui.CurrentReviewInfo;
import org.jesr.desk.review.Review;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ReviewInfo implements CurrentReviewInfo {

    private final ReviewRepository reviews;

    ReviewInfo(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> reviewName() {
        return reviews.findFirstByActiveTrueOrderByStartDateDesc().map(Review::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return reviews.findFirstByActiveTrueOrderByStartDateDesc()
                .map(Review::zone)
                .orElse(ZoneId.of("UTC"));
    }
}
