package org.jesr.desk.security;

import java.util.EnumSet;
import java.util.Set;
import org.jesr.desk.base.Translatable;

/** The roles a user account can hold; a user may hold several. */
public enum Role implements Translatable {
    ADMIN,
    ORGANIZER,
    RAPPORTEUR,
    CONTRIBUTOR,
    OBSERVER;

    /** The roles a holder of this one effectively has. */
    public Set<Role> implied() {
        return this == ADMIN ? EnumSet.of(ADMIN, ORGANIZER) : EnumSet.of(this);
    }

    @Override
    public String keyPrefix() {

        return "role";
    }
}
