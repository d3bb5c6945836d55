package org.jesr.desk.agenda.internal;

import org.jesr.desk.participant.ParticipantRemoved;
import org.jesr.desk.participant.ParticipantUses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Sessions that name a participant, and attendance recorded for one, keep them on record. */
@Configuration(proxyBeanMethods = false)
class AgendaParticipantUses {

    private final FollowRepository follows;
    private final SecretLinkRepository links;

    AgendaParticipantUses(FollowRepository follows, SecretLinkRepository links) {
        this.follows = follows;
        this.links = links;
    }

    @Bean
    ParticipantUses sessionsNamingParticipant(SessionRepository sessions) {
        return ParticipantUses.of("participant.use.sessions", sessions::countNaming);
    }

    @Bean
    ParticipantUses attendanceOfParticipant(AttendanceRepository attendance) {
        return ParticipantUses.of("participant.use.attendance", attendance::countByParticipantId);
    }

    /** A participant's follows and personal calendar links are theirs alone: they go with them. */
    @EventListener
    void dropOwnThings(ParticipantRemoved removed) {
        follows.deleteAll(follows.findByParticipantId(removed.participantId()));
        links.deleteAll(links.findByParticipantId(removed.participantId()));
    }
}
