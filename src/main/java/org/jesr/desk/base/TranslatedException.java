package org.jesr.desk.base;

import org.jspecify.annotations.Nullable;

/**
 * A rule violation that the UI shows to the user in their own language. It carries a
 * translation key and its arguments instead of an English sentence.
 */
public class TranslatedException extends RuntimeException {

    private final String key;
    private final transient @Nullable Object[] args;

    public TranslatedException(String key, @Nullable Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public @Nullable Object[] args() {
        return args.clone();
    }
}
