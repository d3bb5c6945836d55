package org.jesr.desk.participant;

import java.util.function.LongUnaryOperator;

/**
 * What keeps a participant on record: features that name participants (sessions, working groups,
 * delegations, attendance) answer how often they name one, so a removal can be refused with the reason.
 */
public interface ParticipantUses {

    /** How many times this feature names the participant; 0 when it does not. */
    long count(long participantId);

    /** A translation key with plural forms of {0}, e.g. "named on {0} sessions". */
    String labelKey();

    /** Uses counted by a function of the participant's id. */
    static ParticipantUses of(String labelKey, LongUnaryOperator count) {
        return new ParticipantUses() {
            @Override
            public long count(long participantId) {
                return count.applyAsLong(participantId);
            }

            @Override
            public String labelKey() {
                return labelKey;
            }
        };
    }

    /** One reason a participant stays: a translation key and its count. */
    record Use(String labelKey, long count) {}
}
