package org.jesr.desk.agenda.ui;

import java.util.List;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.ui.ImportSpec;
import org.jesr.desk.review.Review;

/** The programme as a file: one session a row, people named by the e-mail on their participant record. */
final class ProgrammeImport {

    private ProgrammeImport() {}

    static ImportSpec spec(AgendaService agenda, Review review) {
        return new ImportSpec(
                "agenda.import",
                AgendaService.CSV_COLUMNS,
                "agenda.import-values",
                List.of(
                        String.valueOf(review.getStartDate()),
                        "09:00",
                        "10:30",
                        "Opening plenary",
                        "PLENARY",
                        "Main hall",
                        "",
                        "chair@example.org",
                        "rapporteur@example.org",
                        "",
                        "PUBLIC",
                        "Welcome and objectives of the review"),
                "agenda.import-done",
                in -> ImportSummary.added(agenda.importCsv(review.id(), review.zone(), in)));
    }
}
