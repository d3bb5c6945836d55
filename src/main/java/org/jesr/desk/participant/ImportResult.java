package org.jesr.desk.participant;

/** How many rows an all-or-nothing import stored. */
public record ImportResult(int created) {
}
