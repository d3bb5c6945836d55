package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A participant (by id: another feature's data) and their role in one session. */
@Embeddable
public record SessionPerson(
        @Column(name = "participant_id", nullable = false) long participantId,

        @Enumerated(EnumType.STRING) @Column(name = "person_role", nullable = false, length = 20)
        PersonRole role) {}
