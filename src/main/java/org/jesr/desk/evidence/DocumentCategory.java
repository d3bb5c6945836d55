package org.jesr.desk.evidence;

import org.jesr.desk.base.Translatable;

public enum DocumentCategory implements Translatable {
    PROGRESS_REPORT,
    FINANCIAL_REPORT,
    TERMS_OF_REFERENCE,
    PRESENTATION,
    DATA_FILE,
    OTHER;

    @Override
    public String keyPrefix() {

        return "document.category";
    }
}
