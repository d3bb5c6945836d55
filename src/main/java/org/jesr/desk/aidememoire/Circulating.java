package org.jesr.desk.aidememoire;

import java.util.Set;

/**
 * Whom to send a version to: groups (by their audience keys), named participants, and addresses of
 * people who are not participants; and a short description of the choice for the log.
 */
public record Circulating(
        long versionId,
        CirculationPurpose purpose,
        Set<String> audienceKeys,
        Set<Long> participantIds,
        String otherAddresses,
        String description) {}
