package org.jesr.desk.evidence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.internal.IndicatorCsv;
import org.jesr.desk.evidence.internal.IndicatorRepository;
import org.jesr.desk.evidence.internal.StatusRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance report's indicators and their status against the sector plan's targets. */
@Service
public class IndicatorService {

    public static final List<String> CSV_COLUMNS = IndicatorCsv.COLUMNS;

    private final IndicatorRepository indicators;
    private final ObjectProvider<EvidenceCitations> citations;
    private final ThemeService themes;
    private final AuditLog audit;

    IndicatorService(
            IndicatorRepository indicators,
            ObjectProvider<EvidenceCitations> citations,
            ThemeService themes,
            AuditLog audit) {
        this.indicators = indicators;
        this.citations = citations;
        this.themes = themes;
        this.audit = audit;
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
        return citations
                .orderedStream()
                .flatMap(c -> c.citing(reviewId, ref, t).stream())
                .toList();
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

    /**
     * Imports indicators, all or nothing. An indicator whose code is already there is updated: the
     * figures the file names replace the old ones and the others are kept. The themes the file names
     * become the review's themes, so sessions and recommendations can be filed under them.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ImportSummary importCsv(long reviewId, InputStream csv) {
        List<Indicator> read = IndicatorCsv.read(csv, reviewId);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators
                .findByReviewIdOrderByCodeAsc(reviewId)
                .forEach(i -> byCode.put(i.getCode().toUpperCase(Locale.ROOT), i));
        int updated = 0;
        List<Indicator> added = new ArrayList<>();
        for (Indicator indicator : read) {
            Optional<Indicator> existing =
                    Optional.ofNullable(byCode.get(indicator.getCode().toUpperCase(Locale.ROOT)));
            if (existing.isPresent()) {
                existing.get().updateFrom(indicator);
                indicators.save(existing.get());
                updated++;
            } else {
                added.add(indicator);
            }
        }
        indicators.saveAll(added);
        themes.ensure(
                reviewId,
                read.stream().map(Indicator::getTheme).filter(Objects::nonNull).toList());
        ImportSummary summary = new ImportSummary(added.size(), updated);
        audit.record(AuditAction.INDICATORS_IMPORTED, reviewId, "", summary.added() + " + " + summary.updated());
        return summary;
    }
}
