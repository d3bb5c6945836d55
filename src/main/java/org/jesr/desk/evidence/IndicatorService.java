package org.jesr.desk.evidence;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jesr.desk.base.Translator;
import org.springframework.beans.factory.ObjectProvider;
import java.util.TreeMap;
import org.jesr.desk.evidence.internal.IndicatorCsv;
import org.jesr.desk.evidence.internal.IndicatorRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance report's indicators and their status against the sector plan's targets. */
@Service
public class IndicatorService {

    public static final List<String> CSV_COLUMNS = IndicatorCsv.COLUMNS;

    private final IndicatorRepository indicators;
    private final ObjectProvider<EvidenceCitations> citations;

    IndicatorService(IndicatorRepository indicators, ObjectProvider<EvidenceCitations> citations) {
        this.indicators = indicators;
        this.citations = citations;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Indicator> find(long id) {
        return indicators.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Indicator> findByCode(long reviewId, String code) {
        return indicators.findByReviewIdAndCodeIgnoreCase(reviewId, code);
    }

    /** Every finding and recommendation, in any feature, that rests on this piece of evidence. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EvidenceCitations.Citation> citations(long reviewId, EvidenceRef ref, Translator t) {
        return citations.orderedStream().flatMap(c -> c.citing(reviewId, ref, t).stream()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Indicator> list(long reviewId) {
        return indicators.findByReviewIdOrderByCodeAsc(reviewId);
    }

    @PreAuthorize("isAuthenticated()")
    public IndicatorStatus status(Indicator indicator) {
        return StatusRule.status(indicator, StatusRule.DEFAULT_TOLERANCE);
    }

    /** On track / off track / no data per theme, for the dashboard's overview tiles. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Map<IndicatorStatus, Long>> statusByTheme(long reviewId) {
        Map<String, Map<IndicatorStatus, Long>> result = new TreeMap<>();
        for (Indicator indicator : indicators.findByReviewIdOrderByCodeAsc(reviewId)) {
            String theme = indicator.getTheme() == null ? "" : indicator.getTheme();
            result.computeIfAbsent(theme, t -> new EnumMap<>(IndicatorStatus.class))
                    .merge(StatusRule.status(indicator, StatusRule.DEFAULT_TOLERANCE), 1L, Long::sum);
        }
        return result;
    }

    /** Imports indicators from CSV: all or nothing; the error names the row and the column. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public int importCsv(long reviewId, InputStream csv) {
        List<Indicator> read = IndicatorCsv.read(csv, reviewId,
                code -> indicators.existsByReviewIdAndCodeIgnoreCase(reviewId, code));
        indicators.saveAll(read);
        return read.size();
    }
}
