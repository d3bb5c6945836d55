package org.jesr.desk.recommendation;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.recommendation.internal.RecommendationRepository;
import org.jesr.desk.recommendation.internal.WrapUpRepository;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings last year's agreed recommendations in from a file, when last year's review was not held
 * in this app, so that this year's follow-up register has something to follow up. All rows or none.
 * A recommendation already there (same wording) takes the file's responsible body, timeline, theme
 * and, where given, follow-up; the others are added as agreed at last year's plenary.
 */
@Service
public class PreviousRecommendationsImport {

    public static final List<String> CSV_COLUMNS =
            List.of("theme", "text", "responsible_body", "timeline", "follow_up_status", "evidence", "comment");

    private final ReviewService reviews;
    private final ThemeService themes;
    private final RecommendationRepository recommendations;
    private final WrapUpRepository wrapUps;
    private final AuditLog audit;

    PreviousRecommendationsImport(
            ReviewService reviews,
            ThemeService themes,
            RecommendationRepository recommendations,
            WrapUpRepository wrapUps,
            AuditLog audit) {
        this.reviews = reviews;
        this.themes = themes;
        this.recommendations = recommendations;
        this.wrapUps = wrapUps;
        this.audit = audit;
    }

    /** Whether last year's list may still be imported into: not when that review was held here and its list locked. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public boolean allowed(long reviewId) {
        return reviews.find(reviewId).flatMap(reviews::previous).map(this::open).orElse(true);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ImportSummary importFile(long reviewId, InputStream in) {
        List<CsvTable.Row> rows =
                CsvTable.read(in, List.of("text", "responsible_body")).rows();
        Review previous = reviews.previousOrRecord(reviewId);
        if (!open(previous)) {
            throw new TranslatedException("follow-up.error.locked", previous.getName());
        }
        long previousId = previous.id();
        themes.ensure(
                previousId,
                rows.stream()
                        .map(r -> r.limited("theme", Theme.NAME_MAX, false))
                        .toList());
        Map<String, Long> themeIds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        themes.list(previousId).forEach(t -> themeIds.put(t.getName(), t.getId()));
        List<Recommendation> existing = recommendations.findByReviewIdOrderByOrderNoAscIdAsc(previousId);
        Map<String, Recommendation> byWording = new HashMap<>();
        existing.forEach(r -> byWording.put(wording(r.getText()), r));
        int nextOrder = existing.size();
        int added = 0;
        int updated = 0;
        for (CsvTable.Row row : rows) {
            String text = row.limited("text", Recommendation.TEXT_MAX, true);
            Recommendation r = byWording.get(wording(text));
            if (r == null) {
                r = new Recommendation();
                r.setReviewId(previousId);
                r.setText(text);
                r.setOrderNo(++nextOrder);
                r.addSource(new RecommendationSource(SourceKind.PLENARY, null, previous.getName()));
                r.decide(Consensus.AGREED, null);
                byWording.put(wording(text), r);
                added++;
            } else {
                updated++;
            }
            r.setResponsibleBody(row.limited("responsible_body", 200, true));
            String timeline = row.limited("timeline", 100, false);
            r.setTimeline(timeline.isEmpty() ? null : timeline);
            String theme = row.limited("theme", Theme.NAME_MAX, false);
            r.setThemeId(theme.isEmpty() ? null : themeIds.get(theme));
            if (row.optional("follow_up_status") != null) {
                r.reportFollowUp(
                        row.choice("follow_up_status", FollowUpStatus.class),
                        blankToNull(row.limited("evidence", 1000, false)),
                        blankToNull(row.limited("comment", 1000, false)));
            }
            clean(row);
            recommendations.save(r);
        }
        recommendations.flush();
        audit.record(
                AuditAction.PREVIOUS_RECOMMENDATIONS_IMPORTED,
                previousId,
                previous.getName(),
                added + " added, " + updated + " updated");
        return new ImportSummary(added, updated);
    }

    private boolean open(Review previous) {
        return !previous.isArchived()
                && wrapUps.findByReviewId(previous.id()).map(w -> !w.isClosed()).orElse(true);
    }

    private static void clean(CsvTable.Row row) {
        for (String column : List.of("text", "responsible_body", "timeline", "evidence", "comment")) {
            try {
                TextRules.requireClean(row.optional(column));
            } catch (TranslatedException e) {
                throw new CsvImportException(row.line(), column, e.key(), e.args());
            }
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String wording(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
