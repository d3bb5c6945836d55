package org.jesr.desk.recommendation.internal;

import java.util.List;
import java.util.Optional;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.EvidenceCitations;
import org.jesr.desk.evidence.EvidenceRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the recommendations that rest on an indicator or a document. */
@Component
class RecommendationCitations implements EvidenceCitations {

    private final RecommendationRepository recommendations;

    RecommendationCitations(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citation> citing(long reviewId, EvidenceRef ref, Translator t) {
        return recommendations.findByReviewIdOrderByOrderNoAscIdAsc(reviewId).stream()
                .filter(r -> r.getMergedIntoId() == null && r.getEvidenceRef() != null)
                .filter(r -> Optional.ofNullable(r.getEvidenceRef())
                        .flatMap(EvidenceRef::parse)
                        .map(ref::sameAs)
                        .orElse(false))
                .map(r -> new Citation(t.t("citation.recommendation", r.getOrderNo()), r.getText(), "recommendations"))
                .toList();
    }
}
