package org.jesr.desk.base;

/** Translates a key in the caller's language; views pass their own getTranslation. */
@FunctionalInterface
public interface Translator {

    String t(String key, Object... args);
}
