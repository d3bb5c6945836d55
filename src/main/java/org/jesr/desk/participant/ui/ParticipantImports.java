package org.jesr.desk.participant.ui;

import java.util.List;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.ui.ImportSpec;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;

/** The organizations and participants lists as files: columns, accepted values and an example row. */
final class ParticipantImports {

    private ParticipantImports() {}

    static ImportSpec organizations(OrganizationService organizations) {
        return new ImportSpec(
                "organization.import",
                List.of("name", "acronym", "constituency"),
                "organization.import-values",
                List.of("School Education and Literacy Department", "SELD", "GOVERNMENT"),
                "organization.import-done",
                organizations::importCsv);
    }

    static ImportSpec participants(ParticipantService participants, long reviewId) {
        return new ImportSpec(
                "participant.import",
                ParticipantService.CSV_COLUMNS,
                "participant.import-values",
                List.of(
                        "Imran Soomro",
                        "Deputy Director, Planning",
                        "SELD",
                        "imran.soomro@seld.example.pk",
                        "+92 300 0000000",
                        Language.DEFAULT.code(),
                        ""),
                "participant.import-done",
                in -> participants.importCsv(reviewId, in));
    }
}
