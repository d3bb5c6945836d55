package org.jesr.desk.evidence;

import java.util.Locale;

public enum DocumentCategory {
    PROGRESS_REPORT,
    FINANCIAL_REPORT,
    TERMS_OF_REFERENCE,
    PRESENTATION,
    DATA_FILE,
    OTHER;

    public String translationKey() {
        return "document.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
