package org.jesr.desk.participant;

/**
 * Published inside the transaction that removes a participant, before the row goes, so features
 * that keep a participant's own things (follows, personal calendar links) can drop them.
 */
public record ParticipantRemoved(long participantId) {}
