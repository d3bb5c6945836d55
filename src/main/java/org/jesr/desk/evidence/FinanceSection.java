package org.jesr.desk.evidence;

import java.util.Locale;

/**
 * The three tables of the financial report. SPENDING: budget (planned) against spending
 * (actual) by programme or sub-sector. FUNDING: amount by source, government or a partner.
 * COMMITMENT: a development partner's commitment (planned) against its disbursement (actual).
 */
public enum FinanceSection {
    SPENDING,
    FUNDING,
    COMMITMENT;

    public String translationKey() {
        return "finance.section." + name().toLowerCase(Locale.ROOT);
    }
}
