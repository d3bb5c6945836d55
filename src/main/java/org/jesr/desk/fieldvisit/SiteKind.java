package org.jesr.desk.fieldvisit;

import java.util.Locale;

public enum SiteKind {
    SCHOOL,
    DISTRICT_OFFICE,
    TEACHER_COLLEGE,
    NFE_CENTRE,
    OTHER;

    public String translationKey() {
        return "site-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
