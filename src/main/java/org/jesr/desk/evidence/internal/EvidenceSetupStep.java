package org.jesr.desk.evidence.internal;

import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.jesr.desk.evidence.DocumentCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guide's step for the evidence base: the progress report is performance and finances, so it is
 * done when the indicators are in and both reports are in the library.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceSetupStep {

    @Bean
    SetupStep evidenceStep(IndicatorRepository indicators, DocumentRepository documents) {
        return SetupStep.of(70, "setup.evidence", "setup.hint.evidence", "documents", reviewId -> {
            long indicatorCount = indicators.countByReviewId(reviewId);
            long documentCount = documents.countByReviewId(reviewId);
            boolean reports = documents.existsByReviewIdAndCategory(reviewId, DocumentCategory.PROGRESS_REPORT)
                    && documents.existsByReviewIdAndCategory(reviewId, DocumentCategory.FINANCIAL_REPORT);
            return Progress.of(
                    indicatorCount + documentCount,
                    indicatorCount > 0 && reports,
                    "setup.detail.evidence",
                    indicatorCount,
                    documentCount);
        });
    }
}
