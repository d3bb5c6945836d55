package org.jesr.desk.participant;

import org.jspecify.annotations.Nullable;

/** What the participant list is narrowed to; empty parts match everyone. */
public record ParticipantFilter(
        String text,
        @Nullable Long organizationId,
        @Nullable Constituency constituency) {

    public static ParticipantFilter all() {
        return new ParticipantFilter("", null, null);
    }
}
