package org.jesr.desk.stakeholder;

import org.jesr.desk.base.Translatable;

public enum SubmissionKind implements Translatable {
    DOCUMENT,
    DATA_FILE,
    TEXT;

    @Override
    public String keyPrefix() {

        return "submission.kind";
    }
}
