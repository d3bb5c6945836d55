package org.jesr.desk.aidememoire;

import org.jesr.desk.base.Translatable;

/** The standard structure of a JSR aide-memoire, in document order. */
public enum SectionKey implements Translatable {
    INTRODUCTION,
    PROCESS,
    PERFORMANCE,
    FINDINGS,
    FOLLOW_UP,
    RECOMMENDATIONS,
    NEXT_STEPS,
    ANNEX_AGENDA,
    ANNEX_PARTICIPANTS;

    @Override
    public String keyPrefix() {

        return "aide-memoire.section";
    }
}
