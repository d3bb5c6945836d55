package org.jesr.desk.stakeholder.internal;

import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide's step for what each stakeholder owes the review. */
@Configuration(proxyBeanMethods = false)
class ObligationSetupStep {

    @Bean
    SetupStep obligationsStep(ObligationRepository obligations) {
        return SetupStep.of(80, "setup.obligations", "setup.hint.obligations", "obligations", reviewId -> {
            long count = obligations.countByReviewId(reviewId);
            return Progress.of(count, count > 0, "setup.detail.obligations", count);
        });
    }
}
