package org.jesr.desk.security;

import java.util.Set;

/**
 * Which accounts are linked to a participant of the current review. The participant feature
 * answers it, so the admin's list of accounts can flag the ones that a role needs linked
 * (rapporteurs, contributors, observers) and are not, without security depending on participants.
 */
public interface AccountLinks {

    Set<Long> linkedAccountIds();

    /** The roles whose holders act as a participant of the review: their notes, inputs, delegation. */
    static boolean needsParticipant(UserSummary user) {
        return user.roles().contains(Role.RAPPORTEUR) || user.roles().contains(Role.CONTRIBUTOR)
                || user.roles().contains(Role.OBSERVER);
    }
}
