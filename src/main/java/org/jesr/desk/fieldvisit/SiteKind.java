package org.jesr.desk.fieldvisit;

import org.jesr.desk.base.Translatable;

public enum SiteKind implements Translatable {
    SCHOOL,
    DISTRICT_OFFICE,
    TEACHER_COLLEGE,
    NFE_CENTRE,
    OTHER;

    @Override
    public String keyPrefix() {

        return "site-kind";
    }
}
