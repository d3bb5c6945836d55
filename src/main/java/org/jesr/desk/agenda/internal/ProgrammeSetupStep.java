package org.jesr.desk.agenda.internal;

import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide's step for the programme: done once it holds sessions. */
@Configuration(proxyBeanMethods = false)
class ProgrammeSetupStep {

    @Bean
    SetupStep programmeStep(SessionRepository sessions) {
        return SetupStep.of(60, "setup.programme", "setup.hint.programme", "agenda/edit", reviewId -> {
            long count = sessions.countByReviewId(reviewId);
            return Progress.of(count, count > 0, "setup.detail.programme", count);
        });
    }
}
