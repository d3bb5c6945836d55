package org.jesr.desk.recommendation;

import org.jesr.desk.base.LiveEvent;

/** Published after the register changed, so the wrap-up screens on the projector and tablets follow. */
public record RecommendationsChanged(long reviewId) implements LiveEvent {}
