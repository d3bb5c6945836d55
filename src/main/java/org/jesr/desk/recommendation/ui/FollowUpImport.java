package org.jesr.desk.recommendation.ui;

import java.util.List;
import org.jesr.desk.base.ui.ImportSpec;
import org.jesr.desk.recommendation.PreviousRecommendationsImport;

/** What the import of last year's recommendations asks for, with one example row. */
final class FollowUpImport {

    private FollowUpImport() {}

    static ImportSpec spec(PreviousRecommendationsImport importer, long reviewId) {
        return new ImportSpec(
                "follow-up.import",
                PreviousRecommendationsImport.CSV_COLUMNS,
                "follow-up.import-values",
                List.of(
                        "Access & Equity",
                        "Notify the school consolidation policy and publish the list of merged schools",
                        "School Education and Literacy Department",
                        "By June 2026",
                        "IN_PROGRESS",
                        "Notification of 12 March 2026",
                        "List shared with districts, not yet published"),
                "follow-up.import-done",
                in -> importer.importFile(reviewId, in));
    }
}
