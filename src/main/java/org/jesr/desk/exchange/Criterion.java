package org.jesr.desk.exchange;

import org.jesr.desk.base.Translatable;

/** What is rated under each core function; some can be suggested from the host review's own data. */
public enum Criterion implements Translatable {
    PARTICIPATION(CoreFunction.INCLUSIVE, true),
    CIVIL_SOCIETY_VOICE(CoreFunction.INCLUSIVE, false),
    SECTOR_PLAN_STRUCTURE(CoreFunction.ALIGNED, false),
    SHARED_RESULTS_FRAMEWORK(CoreFunction.ALIGNED, false),
    FINDINGS_CITE_EVIDENCE(CoreFunction.EVIDENCE_BASED, true),
    PROGRESS_REPORT_IN_ADVANCE(CoreFunction.EVIDENCE_BASED, false),
    FOLLOW_UP_OF_RECOMMENDATIONS(CoreFunction.MONITORING, true),
    JOINT_MONITORING(CoreFunction.MONITORING, false),
    PROMPT_CIRCULATION(CoreFunction.CHANGE, true),
    LINK_TO_PLANNING_AND_BUDGET(CoreFunction.CHANGE, false);

    private final CoreFunction function;
    private final boolean suggestible;

    Criterion(CoreFunction function, boolean suggestible) {
        this.function = function;
        this.suggestible = suggestible;
    }

    public CoreFunction function() {
        return function;
    }

    public boolean suggestible() {
        return suggestible;
    }

    @Override
    public String keyPrefix() {

        return "criterion";
    }
}
