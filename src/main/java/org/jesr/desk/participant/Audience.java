package org.jesr.desk.participant;

import java.util.Set;

/**
 * A group of a review's participants that a message can go to: a constituency, a working group, a
 * delegation. Features offer theirs through {@link AudienceSource}, so whoever sends (the aide-memoire's
 * circulation) need not know the features that define the groups.
 *
 * @param key   stable across a session, e.g. "constituency:GOVERNMENT", "working-group:4"
 * @param kind  what sort of group, for its label
 * @param name  a translation key for a constituency, else the group's own name
 */
public record Audience(String key, Kind kind, String name, Set<Long> participantIds) {

    public enum Kind {
        CONSTITUENCY,
        WORKING_GROUP,
        DELEGATION
    }
}
