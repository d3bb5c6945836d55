package org.jesr.desk.participant;

import java.util.Objects;

/** A participant as other features may show them: no contact details. */
public record ParticipantRef(long id, String name, String organization, Constituency constituency) {

    public static ParticipantRef of(Participant p) {
        return new ParticipantRef(
                Objects.requireNonNull(p.getId()),
                p.getName(),
                p.getOrganization() == null ? "" : p.getOrganization().shortName(),
                p.getOrganization() == null
                        ? Constituency.GOVERNMENT
                        : p.getOrganization().getConstituency());
    }
}
