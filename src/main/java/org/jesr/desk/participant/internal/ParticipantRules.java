package org.jesr.desk.participant.internal;

import java.util.Optional;
import org.jesr.desk.base.Language;
import org.jesr.desk.participant.Participant;

/**
 * The rules a participant must meet, shared by the form and the CSV import so both
 * refuse the same things with the same message.
 */
public final class ParticipantRules {

    /** Which column broke which rule: the import reports the column, the form the message. */
    public record Violation(String column, String key, Object... args) {}

    private ParticipantRules() {}

    public static Optional<Violation> check(Participant p) {
        if (p.getName().isBlank()) {
            return Optional.of(new Violation("name", "import.error.required", "name"));
        }
        if (p.getName().length() > Participant.NAME_MAX) {
            return Optional.of(new Violation("name", "import.error.too-long", "name", Participant.NAME_MAX));
        }
        if (p.getTitle() != null && p.getTitle().length() > Participant.TITLE_MAX) {
            return Optional.of(new Violation("title", "import.error.too-long", "title", Participant.TITLE_MAX));
        }
        if (p.getOrganization() == null) {
            return Optional.of(new Violation("organization", "import.error.required", "organization"));
        }
        if (p.getEmail().length() > Participant.EMAIL_MAX || !p.getEmail().matches(Participant.EMAIL_PATTERN)) {
            return Optional.of(new Violation("email", "participant.error.email", p.getEmail()));
        }
        if (p.getPhone() != null && !p.getPhone().matches(Participant.PHONE_PATTERN)) {
            return Optional.of(new Violation("phone", "participant.error.phone", p.getPhone()));
        }
        if (!Language.isSupported(p.getPreferredLanguage())) {
            return Optional.of(new Violation("language", "participant.error.language", p.getPreferredLanguage()));
        }
        return Optional.empty();
    }
}
