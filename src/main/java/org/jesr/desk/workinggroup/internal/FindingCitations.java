package org.jesr.desk.workinggroup.internal;

import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.EvidenceCitations;
import org.jesr.desk.evidence.EvidenceRef;
import org.jesr.desk.workinggroup.EvidenceKind;
import org.jesr.desk.workinggroup.Finding;
import org.jesr.desk.workinggroup.SessionNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the key findings of working-group and field-visit notes that cite an indicator or a document. */
@Component
class FindingCitations implements EvidenceCitations {

    private final NotesRepository notes;
    private final AgendaService agenda;

    FindingCitations(NotesRepository notes, AgendaService agenda) {
        this.notes = notes;
        this.agenda = agenda;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citation> citing(long reviewId, EvidenceRef ref, Translator t) {
        List<Citation> citations = new ArrayList<>();
        for (SessionNotes n : notes.findByReviewId(reviewId)) {
            for (Finding finding : n.getKeyFindings()) {
                if (cites(finding, ref)) {
                    String session = agenda.session(n.getSessionId()).map(AgendaSession::getTitle).orElse("?");
                    citations.add(new Citation(t.t("citation.finding", session), finding.text(), "notes/" + n.getSessionId()));
                }
            }
        }
        return citations;
    }

    static boolean cites(Finding finding, EvidenceRef ref) {
        if (finding.evidenceRef() == null) {
            return false;
        }
        EvidenceKind wanted = ref.type() == EvidenceRef.Type.INDICATOR ? EvidenceKind.INDICATOR : EvidenceKind.DOCUMENT;
        return finding.evidenceKind() == wanted && finding.evidenceRef().trim().equalsIgnoreCase(ref.key());
    }
}
