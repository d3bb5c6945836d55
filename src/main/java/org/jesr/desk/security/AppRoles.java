package org.jesr.desk.security;

/**
 * Role names for {@code @RolesAllowed} and {@code @PreAuthorize}. An admin is also an
 * organizer (see docs/decisions/0003-roles.md), so organizer screens name only ORGANIZER.
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String RAPPORTEUR = "RAPPORTEUR";
    public static final String CONTRIBUTOR = "CONTRIBUTOR";
    public static final String OBSERVER = "OBSERVER";

    private AppRoles() {}
}
