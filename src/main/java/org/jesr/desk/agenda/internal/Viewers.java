package org.jesr.desk.agenda.internal;

import java.util.function.LongPredicate;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Visibility;
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

        /**
         * The one rule for restricted sessions: organizers and the people named on them. Every list,
         * count, feed and check-in of sessions asks it; a session followed before it was restricted is
         * no exception.
         */
        public boolean sees(Visibility visibility, LongPredicate involves) {
            return visibility == Visibility.PUBLIC
                    || organizer
                    || (participantId != null && involves.test(participantId));
        }

        public boolean sees(AgendaSession session) {
            return sees(session.getVisibility(), session::involves);
        }
    }

    /** Someone who has not signed in, reading a public page: public sessions only. */
    public static final Viewer ANONYMOUS = new Viewer(false, null);

    private final ParticipantService participants;

    Viewers(ParticipantService participants) {
        this.participants = participants;
    }

    public Viewer current(long reviewId) {
        Long participantId = participants
                .currentParticipant(reviewId)
                .map(ParticipantRef::id)
                .orElse(null);
        return new Viewer(CurrentUser.hasRole(AppRoles.ORGANIZER), participantId);
    }
}
