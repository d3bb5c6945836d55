package org.jesr.desk.workinggroup;

import java.util.Locale;

/** What a finding rests on. NONE is allowed while typing, but shown as a finding without evidence. */
public enum EvidenceKind {
    INDICATOR,
    PROGRESS_REPORT,
    DOCUMENT,
    NONE;

    public String translationKey() {
        return "evidence." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
