package org.jesr.desk.participant.internal;

import org.jesr.desk.participant.Participant;
import org.jesr.desk.review.NextReviewStarted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Next year's review starts with this year's participants, if the secretariat asks: same people, same accounts. */
@Component
class ParticipantCarryOver {

    private final ParticipantRepository participants;

    ParticipantCarryOver(ParticipantRepository participants) {
        this.participants = participants;
    }

    @EventListener
    @Order(10)
    void copy(NextReviewStarted started) {
        if (!started.participants()) {
            return;
        }
        for (Participant old : participants.findByReviewIdOrderByNameAsc(started.fromReviewId())) {
            Participant copy = new Participant();
            copy.setReviewId(started.toReviewId());
            copy.setName(old.getName());
            copy.setTitle(old.getTitle());
            copy.setOrganization(old.getOrganization());
            copy.setEmail(old.getEmail());
            copy.setPhone(old.getPhone());
            copy.setPreferredLanguage(old.getPreferredLanguage());
            copy.setUserAccountId(old.getUserAccountId());
            participants.save(copy);
        }
        participants.flush();
    }
}
