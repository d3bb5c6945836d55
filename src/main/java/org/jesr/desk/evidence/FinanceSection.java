package org.jesr.desk.evidence;

import org.jesr.desk.base.Translatable;

/**
 * The three tables of the financial report. SPENDING: budget (planned) against spending
 * (actual) by programme or sub-sector. FUNDING: amount by source, government or a partner.
 * COMMITMENT: a development partner's commitment (planned) against its disbursement (actual).
 */
public enum FinanceSection implements Translatable {
    SPENDING,
    FUNDING,
    COMMITMENT;

    @Override
    public String keyPrefix() {

        return "finance.section";
    }
}
