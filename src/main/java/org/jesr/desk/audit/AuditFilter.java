package org.jesr.desk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an organizer is looking for in the log; every part is optional. */
public record AuditFilter(
        @Nullable AuditFeature feature,
        @Nullable String username,
        @Nullable String text,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
