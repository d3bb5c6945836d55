package org.jesr.desk.preparation;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.LibraryDocument;
import org.jspecify.annotations.Nullable;

/** The rules of the timeline, apart from the database so they can be tested on their own. */
final class Timeline {

    private Timeline() {}

    static MilestoneProgress progress(
            Milestone m,
            LocalDate start,
            LocalDate end,
            LocalDate today,
            Collection<LibraryDocument> library,
            ZoneId zone) {
        LocalDate due = m.dueDate(start, end);
        if (m.getStatus() == MilestoneStatus.NOT_APPLICABLE) {
            return new MilestoneProgress(m, due, Readiness.NOT_APPLICABLE, 0, null, m.getEvidenceRef(), false);
        }
        if (m.getKind() == MilestoneKind.PROGRESS_REPORT_SHARED) {
            Optional<LibraryDocument> shared = sharedProgressReport(library);
            LocalDate on = shared.map(d -> d.getUploadedAt().atZone(zone).toLocalDate())
                    .orElse(null);
            String evidence = shared.map(d -> "document:" + d.id()).orElse(null);
            return of(m, due, on, today, evidence, true);
        }
        return of(
                m, due, m.getStatus() == MilestoneStatus.DONE ? m.getDoneOn() : null, today, m.getEvidenceRef(), false);
    }

    /**
     * The progress report counts as shared once both its parts, the performance report and the
     * financial report, are in the review's library, which every partner with an account reads: on
     * the day the later of the two arrived. Typing a date cannot make it earlier.
     */
    static Optional<LibraryDocument> sharedProgressReport(Collection<LibraryDocument> library) {
        Optional<LibraryDocument> performance = first(library, DocumentCategory.PROGRESS_REPORT);
        Optional<LibraryDocument> financial = first(library, DocumentCategory.FINANCIAL_REPORT);
        if (performance.isEmpty() || financial.isEmpty()) {
            return Optional.empty();
        }
        return performance.get().getUploadedAt().isAfter(financial.get().getUploadedAt()) ? performance : financial;
    }

    private static Optional<LibraryDocument> first(Collection<LibraryDocument> library, DocumentCategory category) {
        return library.stream()
                .filter(d -> d.getCategory() == category)
                .min(Comparator.comparing(LibraryDocument::getUploadedAt));
    }

    static MilestoneProgress of(
            Milestone m,
            LocalDate due,
            @Nullable LocalDate doneOn,
            LocalDate today,
            @Nullable String evidence,
            boolean workedOut) {
        if (doneOn != null) {
            boolean onTime = !doneOn.isAfter(due);
            return new MilestoneProgress(
                    m,
                    due,
                    onTime ? Readiness.DONE : Readiness.DONE_LATE,
                    Math.abs(DAYS.between(doneOn, due)),
                    doneOn,
                    evidence,
                    workedOut);
        }
        long left = DAYS.between(today, due);
        Readiness readiness =
                left < 0 ? Readiness.LATE : left <= Readiness.SOON_DAYS ? Readiness.DUE_SOON : Readiness.UPCOMING;
        return new MilestoneProgress(m, due, readiness, Math.abs(left), null, evidence, workedOut);
    }
}
