package org.jesr.desk.aidememoire;

import java.util.Locale;

/** The standard structure of a JSR aide-memoire, in document order. */
public enum SectionKey {
    INTRODUCTION,
    PROCESS,
    PERFORMANCE,
    FINDINGS,
    FOLLOW_UP,
    RECOMMENDATIONS,
    NEXT_STEPS,
    ANNEX_AGENDA,
    ANNEX_PARTICIPANTS;

    public String translationKey() {
        return "aide-memoire.section." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
