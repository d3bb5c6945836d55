package org.jesr.desk.evidence;

import java.io.InputStream;
import java.util.List;
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

    FinanceService(FinanceLineRepository lines) {
        this.lines = lines;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FinanceLine> lines(long reviewId, FinanceSection section) {
        return lines.findByReviewIdOrderBySectionAscYearAscIdAsc(reviewId).stream()
                .filter(l -> l.getSection() == section).toList();
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
     * Replaces the review's financial report with the file's: a report is issued whole, so
     * a corrected file must not leave last week's lines beside it. All or nothing.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public int importReport(long reviewId, InputStream file) {
        List<FinanceLine> read = FinanceCsv.read(file, reviewId);
        lines.deleteByReviewId(reviewId);
        lines.flush();
        lines.saveAll(read);
        return read.size();
    }
}
