package org.jesr.desk.base;

import java.util.Locale;

/**
 * An enum whose constants are shown to people: each constant's text is the translation key
 * {@code prefix.constant-name} (lower case, underscores as hyphens), e.g. {@code session-type.field-visit}.
 * I18nKeysTest finds every implementation and checks each constant's key in both languages.
 */
public interface Translatable {

    /** The part of the key before the constant's name, e.g. {@code session-type}. */
    String keyPrefix();

    /** Supplied by the enum. */
    String name();

    default String translationKey() {
        return keyPrefix() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
