package org.jesr.desk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.audit.internal.AuditRepository;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. */
@Service
public class AuditLog {

    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Logs a change as part of the caller's transaction: if the change rolls back, so does its
     * entry, and a change cannot be committed without one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable Long subjectId, String subject, @Nullable String detail) {
        entries.save(new AuditEntry(
                clock.instant(), CurrentUser.name(), action, subjectId, subject, detail == null ? "" : detail));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.find(
                filter.feature(),
                blankToNull(filter.username()),
                like(filter.text()),
                from(filter),
                to(filter),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(
                filter.feature(), blankToNull(filter.username()), like(filter.text()), from(filter), to(filter));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> usernames() {
        return entries.usernames();
    }

    private static Instant from(AuditFilter filter) {
        return filter.from() == null ? BEGINNING : filter.from();
    }

    private static Instant to(AuditFilter filter) {
        return filter.to() == null ? END : filter.to();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String like(@Nullable String text) {
        String plain = blankToNull(text);
        return plain == null
                ? null
                : "%" + plain.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
