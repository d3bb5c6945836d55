package org.jesr.desk.participant;

import org.jesr.desk.base.Translatable;

/** Which side of the review an organization speaks for. */
public enum Constituency implements Translatable {
    GOVERNMENT,
    DEVELOPMENT_PARTNER,
    CIVIL_SOCIETY,
    COORDINATING_AGENCY,
    VISITING_DELEGATION,
    SECRETARIAT;

    @Override
    public String keyPrefix() {

        return "constituency";
    }
}
