package org.jesr.desk.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user account as the admin screens see it; never carries the password hash. */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        String language,
        boolean enabled,
        @Nullable Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
