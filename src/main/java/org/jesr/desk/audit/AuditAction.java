package org.jesr.desk.audit;

import org.jesr.desk.base.Translatable;

/** Every kind of change the log knows, each belonging to one feature. */
public enum AuditAction implements Translatable {
    SESSION_SAVED(AuditFeature.AGENDA),
    SESSION_DELETED(AuditFeature.AGENDA),
    PROGRAMME_IMPORTED(AuditFeature.AGENDA),
    SESSION_STATUS(AuditFeature.AGENDA),
    THEME_CREATED(AuditFeature.SETUP),
    THEME_RENAMED(AuditFeature.SETUP),
    THEME_RETIRED(AuditFeature.SETUP),
    THEME_RESTORED(AuditFeature.SETUP),
    WORKING_GROUP_CREATED(AuditFeature.SETUP),
    WORKING_GROUP_DELETED(AuditFeature.SETUP),
    INDICATORS_IMPORTED(AuditFeature.SETUP),
    FINANCES_IMPORTED(AuditFeature.SETUP),
    PREVIOUS_RECOMMENDATIONS_IMPORTED(AuditFeature.SETUP),
    ACCOUNT_LINKED(AuditFeature.SETUP),
    PARTICIPANT_REMOVED(AuditFeature.SETUP),
    NOTES_SAVED(AuditFeature.NOTES),
    FINDING_ADDED(AuditFeature.NOTES),
    FINDING_REMOVED(AuditFeature.NOTES),
    NOTES_SUBMITTED(AuditFeature.NOTES),
    NOTES_VALIDATED(AuditFeature.NOTES),
    NOTES_RETURNED(AuditFeature.NOTES),
    RECOMMENDATION_PROPOSED(AuditFeature.RECOMMENDATIONS),
    RECOMMENDATION_EDITED(AuditFeature.RECOMMENDATIONS),
    RECOMMENDATIONS_MERGED(AuditFeature.RECOMMENDATIONS),
    RECOMMENDATION_DECIDED(AuditFeature.RECOMMENDATIONS),
    RECOMMENDATIONS_REORDERED(AuditFeature.RECOMMENDATIONS),
    WRAP_UP_CLOSED(AuditFeature.RECOMMENDATIONS),
    WRAP_UP_REOPENED(AuditFeature.RECOMMENDATIONS),
    FOLLOW_UP_REPORTED(AuditFeature.RECOMMENDATIONS),
    RECOMMENDATION_ASSIGNED(AuditFeature.RECOMMENDATIONS),
    MILESTONES_SET_UP(AuditFeature.SETUP),
    MILESTONE_SAVED(AuditFeature.SETUP),
    MILESTONE_DELETED(AuditFeature.SETUP),
    AIDE_MEMOIRE_CREATED(AuditFeature.AIDE_MEMOIRE),
    SECTION_EDITED(AuditFeature.AIDE_MEMOIRE),
    SECTION_REDRAFTED(AuditFeature.AIDE_MEMOIRE),
    PENDING_RESOLVED(AuditFeature.AIDE_MEMOIRE),
    VERSION_FROZEN(AuditFeature.AIDE_MEMOIRE),
    VERSION_CIRCULATED(AuditFeature.AIDE_MEMOIRE),
    KEY_MESSAGES_EDITED(AuditFeature.AIDE_MEMOIRE),
    LANGUAGE_CHANGED(AuditFeature.AIDE_MEMOIRE),
    STATUS_CHANGED(AuditFeature.AIDE_MEMOIRE);

    private final AuditFeature feature;

    AuditAction(AuditFeature feature) {
        this.feature = feature;
    }

    public AuditFeature feature() {
        return feature;
    }

    @Override
    public String keyPrefix() {

        return "audit.action";
    }
}
