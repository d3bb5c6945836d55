package org.jesr.desk.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as services see it: a name for audit trails, and role checks for rules. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The username, or "?" when nobody is signed in (audit lines must never be empty). */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }

    /** Whether the user holds the role, by its name in {@link AppRoles}. */
    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
