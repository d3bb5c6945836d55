package org.jesr.desk.exchange.internal;

import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a delegation. Members see everything of their own delegation. The
 * secretariat (an organizer whose participant record belongs to the review's secretariat) sees
 * private debriefs too; other organizers see only what the delegation has shared.
 */
@Component
public class ExchangeAccess {

    private final ParticipantService participants;

    ExchangeAccess(ParticipantService participants) {
        this.participants = participants;
    }

    public @Nullable Long me(long reviewId) {
        return participants.currentParticipant(reviewId).map(ParticipantRef::id).orElse(null);
    }

    public boolean member(Delegation delegation) {
        return delegation.hasMember(me(delegation.getReviewId()));
    }

    public boolean organizer() {
        return CurrentUser.hasRole(AppRoles.ORGANIZER);
    }

    public boolean secretariat(long reviewId) {
        return organizer()
                && participants
                        .currentParticipant(reviewId)
                        .map(p -> p.constituency() == Constituency.SECRETARIAT)
                        .orElse(false);
    }

    /** Private material: the delegation itself and the secretariat. */
    public boolean privateReader(Delegation delegation) {
        return member(delegation) || secretariat(delegation.getReviewId());
    }
}
