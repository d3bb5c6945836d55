package org.jesr.desk.participant;

import java.util.Locale;

/** Which side of the review an organization speaks for. */
public enum Constituency {
    GOVERNMENT,
    DEVELOPMENT_PARTNER,
    CIVIL_SOCIETY,
    COORDINATING_AGENCY,
    VISITING_DELEGATION,
    SECRETARIAT;

    public String translationKey() {
        return "constituency." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
