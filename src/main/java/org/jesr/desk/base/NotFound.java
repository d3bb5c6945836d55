package org.jesr.desk.base;

/**
 * What someone asked for is not there (any more), or is not theirs to see: the two read the same,
 * so that an id nobody may see cannot be told apart from one that never existed.
 */
public class NotFound extends TranslatedException {

    public NotFound() {
        super("error.not-found");
    }
}
