package org.jesr.desk.base.ui;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A screen about the current review. Opened while none is set up, it shows {@link NoReview} (the
 * way to set one up, or whom to ask) and the subclass builds nothing else: its constructor returns
 * early when {@link #noReview()}.
 *
 * @param <R> the review type; base knows no feature, so the review feature's type is a parameter
 */
public abstract class ReviewPage<R> extends Page {

    private final @Nullable R review;

    protected ReviewPage(String titleKey, Optional<R> current) {
        super(titleKey);
        this.review = current.orElse(null);
        if (review == null) {
            add(new NoReview());
        }
    }

    protected final boolean noReview() {
        return review == null;
    }

    /**
     * The review this screen was opened with. Without one the screen built nothing that calls this,
     * so reaching here without one is a bug, said plainly.
     */
    protected final R review() {
        if (review == null) {
            throw new IllegalStateException("this part of the screen exists only with a current review");
        }
        return review;
    }
}
