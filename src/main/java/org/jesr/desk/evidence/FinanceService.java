package org.jesr.desk.evidence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.evidence.internal.FinanceCsv;
import org.jesr.desk.evidence.internal.FinanceLineRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The financial report: budget execution, funding by source, and partners' commitments. */
@Service
public class FinanceService {

    public static final List<String> CSV_COLUMNS = FinanceCsv.COLUMNS;

    private final FinanceLineRepository lines;
    private final AuditLog audit;

    FinanceService(FinanceLineRepository lines, AuditLog audit) {
        this.lines = lines;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FinanceLine> lines(long reviewId, FinanceSection section) {
        return lines.findByReviewIdOrderBySectionAscYearAscIdAsc(reviewId).stream()
                .filter(l -> l.getSection() == section)
                .toList();
    }

    /** The latest fiscal year the report has figures for in a section, the one the dashboard shows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FinanceLine> latestYear(long reviewId, FinanceSection section) {
        List<FinanceLine> all = lines(reviewId, section);
        int latest = all.stream().mapToInt(FinanceLine::getYear).max().orElse(0);
        return all.stream().filter(l -> l.getYear() == latest).toList();
    }

    /**
     * Imports the financial report, all or nothing. Lines the file names (by section, year and
     * label) are updated, new ones added, and lines it does not name are kept: a ministry often
     * sends this year's execution figures without repeating earlier years.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ImportSummary importReport(long reviewId, InputStream file) {
        List<FinanceLine> read = FinanceCsv.read(file, reviewId);
        List<FinanceLine> existing = lines.findByReviewIdOrderBySectionAscYearAscIdAsc(reviewId);
        int updated = 0;
        List<FinanceLine> added = new ArrayList<>();
        for (FinanceLine line : read) {
            FinanceLine match = existing.stream()
                    .filter(l -> l.sameLineAs(line))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                added.add(line);
            } else {
                match.updateFrom(line);
                updated++;
            }
        }
        lines.saveAll(added);
        lines.saveAll(existing);
        ImportSummary summary = new ImportSummary(added.size(), updated);
        audit.record(AuditAction.FINANCES_IMPORTED, reviewId, "", summary.added() + " + " + summary.updated());
        return summary;
    }
}
