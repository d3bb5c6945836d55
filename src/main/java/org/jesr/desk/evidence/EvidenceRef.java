package org.jesr.desk.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * A pointer from a finding or a recommendation to the evidence it rests on: an indicator
 * by its code, or a library document by its id. Stored as a short token ("indicator:A4",
 * "document:12") so other features keep it without a JPA association.
 */
public record EvidenceRef(Type type, String key) {

    public enum Type {
        INDICATOR,
        DOCUMENT
    }

    public static EvidenceRef indicator(String code) {
        return new EvidenceRef(Type.INDICATOR, code);
    }

    public static EvidenceRef document(long id) {
        return new EvidenceRef(Type.DOCUMENT, String.valueOf(id));
    }

    public String token() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    public static Optional<EvidenceRef> parse(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0 || colon == token.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EvidenceRef(
                    Type.valueOf(token.substring(0, colon).toUpperCase(Locale.ROOT)), token.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Two references to the same indicator match whatever the case of the code. */
    public boolean sameAs(EvidenceRef other) {
        return type == other.type && key.equalsIgnoreCase(other.key);
    }
}
