package org.jesr.desk.base;

/** A committed change that every open screen of the review should redraw for. */
public interface LiveEvent {

    long reviewId();
}
