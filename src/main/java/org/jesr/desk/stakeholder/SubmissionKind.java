package org.jesr.desk.stakeholder;

import java.util.Locale;

public enum SubmissionKind {
    DOCUMENT,
    DATA_FILE,
    TEXT;

    public String translationKey() {
        return "submission.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
