package org.jesr.desk.workinggroup.internal;

import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide's step for themes and their working groups: done when every theme has its group. */
@Configuration(proxyBeanMethods = false)
class GroupSetupStep {

    @Bean
    SetupStep themesAndGroupsStep(ThemeService themes, WorkingGroupRepository groups) {
        return SetupStep.of(50, "setup.themes-groups", "setup.hint.themes-groups", "working-groups", reviewId -> {
            long themeCount = themes.countActive(reviewId);
            long groupCount = groups.countByReviewId(reviewId);
            return Progress.of(
                    themeCount + groupCount,
                    themeCount > 0 && groupCount >= themeCount,
                    "setup.detail.themes-groups",
                    themeCount,
                    groupCount);
        });
    }
}
