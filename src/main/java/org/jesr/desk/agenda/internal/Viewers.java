package org.jesr.desk.agenda.internal;

import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is looking: an organizer sees every session; others see public ones and their own. */
@Component
public class Viewers {

    /** The signed-in user as the agenda cares about them. */
    public record Viewer(boolean organizer, boolean recorder, @Nullable Long participantId) {
    }

    private final UserAccountService accounts;
    private final ParticipantService participants;

    Viewers(UserAccountService accounts, ParticipantService participants) {
        this.accounts = accounts;
        this.participants = participants;
    }

    public Viewer current(long reviewId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean organizer = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("ROLE_ORGANIZER"::equals);
        boolean rapporteur = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("ROLE_RAPPORTEUR"::equals);
        Long participantId = accounts.currentUser().map(UserSummary::id)
                .flatMap(id -> participants.forAccount(reviewId, id)).map(ParticipantRef::id).orElse(null);
        return new Viewer(organizer, organizer || rapporteur, participantId);
    }
}
