package org.jesr.desk.agenda.internal;

import org.jesr.desk.agenda.Theme;
import org.jesr.desk.review.NextReviewStarted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Next year's review keeps this year's themes (retired ones stay behind). */
@Component
class ThemeCarryOver {

    private final ThemeRepository themes;

    ThemeCarryOver(ThemeRepository themes) {
        this.themes = themes;
    }

    @EventListener
    @Order(20)
    void copy(NextReviewStarted started) {
        themes.findByReviewIdAndRetiredFalseOrderByNameAsc(started.fromReviewId())
                .forEach(theme -> themes.save(Theme.of(started.toReviewId(), theme.getName())));
        themes.flush();
    }
}
