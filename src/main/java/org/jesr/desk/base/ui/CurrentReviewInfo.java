package org.jesr.desk.base.ui;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What the shared layout and formatters need to know about the review in progress.
 * The review feature implements it, so {@code base} does not depend on any feature.
 */
public interface CurrentReviewInfo {

    Optional<String> reviewName();

    /** The review's time zone: every date and time on screen is shown in it. */
    ZoneId zone();
}
