package org.jesr.desk.agenda.internal;

import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who is looking: an organizer sees every session; others see public ones and their own. */
@Component
public class Viewers {

    /** The signed-in user as the agenda cares about them. */
    public record Viewer(boolean organizer, @Nullable Long participantId) {
    }

    private final ParticipantService participants;

    Viewers(ParticipantService participants) {
        this.participants = participants;
    }

    public Viewer current(long reviewId) {
        Long participantId = participants.currentParticipant(reviewId).map(ParticipantRef::id).orElse(null);
        return new Viewer(CurrentUser.hasRole(AppRoles.ORGANIZER), participantId);
    }
}
