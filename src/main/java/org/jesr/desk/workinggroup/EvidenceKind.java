package org.jesr.desk.workinggroup;

import org.jesr.desk.base.Translatable;

/** What a finding rests on. NONE is allowed while typing, but shown as a finding without evidence. */
public enum EvidenceKind implements Translatable {
    INDICATOR,
    PROGRESS_REPORT,
    DOCUMENT,
    NONE;

    @Override
    public String keyPrefix() {

        return "evidence";
    }
}
