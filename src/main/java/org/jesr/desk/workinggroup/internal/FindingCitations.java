package org.jesr.desk.workinggroup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.EvidenceCitations;
import org.jesr.desk.evidence.EvidenceRef;
import org.jesr.desk.review.ReviewService;
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
    private final ReviewService reviews;

    FindingCitations(NotesRepository notes, AgendaService agenda, ReviewService reviews) {
        this.notes = notes;
        this.agenda = agenda;
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citation> citing(long reviewId, EvidenceRef ref, Translator t) {
        List<Citation> citations = new ArrayList<>();
        Map<Long, String> titles = null;
        for (SessionNotes n : notes.findByReviewId(reviewId)) {
            for (Finding finding : n.getKeyFindings()) {
                if (cites(finding, ref)) {
                    if (titles == null) {
                        // One agenda query for all citations, made only when something cites the evidence.
                        titles = sessionTitles(reviewId);
                    }
                    String session = titles.getOrDefault(n.getSessionId(), "?");
                    citations.add(new Citation(
                            t.t("citation.finding", session), finding.text(), "notes/" + n.getSessionId()));
                }
            }
        }
        return citations;
    }

    private Map<Long, String> sessionTitles(long reviewId) {
        return reviews
                .find(reviewId)
                .map(r -> agenda.sessions(reviewId, r.zone(), AgendaFilter.day(null)))
                .orElse(List.of())
                .stream()
                .collect(Collectors.toMap(AgendaSession::getId, AgendaSession::getTitle, (a, b) -> a));
    }

    static boolean cites(Finding finding, EvidenceRef ref) {
        if (finding.evidenceRef() == null) {
            return false;
        }
        EvidenceKind wanted = ref.type() == EvidenceRef.Type.INDICATOR ? EvidenceKind.INDICATOR : EvidenceKind.DOCUMENT;
        return finding.evidenceKind() == wanted && finding.evidenceRef().trim().equalsIgnoreCase(ref.key());
    }
}
