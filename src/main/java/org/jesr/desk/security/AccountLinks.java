package org.jesr.desk.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which accounts stand for which participant of the current review. The participant feature answers
 * and makes the links, so the admin's list of accounts can flag the accounts a role needs linked
 * (rapporteurs, contributors, observers) and link them from the account's side, without security
 * depending on participants.
 */
public interface AccountLinks {

    Set<Long> linkedAccountIds();

    /** The current review's participants, each with a label (name and organization), for choosing one. */
    List<Linkable> linkable();

    Optional<Long> participantOf(long accountId);

    /** Makes the account stand for this participant of the current review, or for none (null). */
    void link(long accountId, @Nullable Long participantId);

    record Linkable(long participantId, String label) {}

    /** The roles whose holders act as a participant of the review: their notes, inputs, delegation. */
    static boolean needsParticipant(UserSummary user) {
        return user.roles().contains(Role.RAPPORTEUR)
                || user.roles().contains(Role.CONTRIBUTOR)
                || user.roles().contains(Role.OBSERVER);
    }
}
