package org.jesr.desk.evidence;

import java.util.List;
import org.jesr.desk.base.Translator;
import org.jspecify.annotations.Nullable;

/**
 * Features whose records cite evidence (working-group findings, recommendations) implement
 * this, so an indicator's or a document's page can list what cites it while the evidence
 * base depends on none of them.
 */
public interface EvidenceCitations {

    List<Citation> citing(long reviewId, EvidenceRef ref, Translator t);

    /** @param route where the citing record can be opened, if it has a page of its own */
    record Citation(String source, String text, @Nullable String route) {}
}
