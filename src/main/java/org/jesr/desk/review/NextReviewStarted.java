package org.jesr.desk.review;

/**
 * Published inside the transaction that starts a review from the previous one, so each feature
 * copies what carries over (participants, themes, working groups, what stakeholders owe). Features
 * match by natural keys (e-mail, theme name), not by a shared map, so none depends on another.
 */
public record NextReviewStarted(long fromReviewId, long toReviewId, int years, boolean participants, boolean members) {}
