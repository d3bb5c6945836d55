package org.jesr.desk.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A participant (by id) and their role in a working group. */
@Embeddable
public record GroupMember(
        @Column(name = "participant_id", nullable = false) long participantId,

        @Enumerated(EnumType.STRING) @Column(name = "group_role", nullable = false, length = 20)
        GroupRole role) {}
