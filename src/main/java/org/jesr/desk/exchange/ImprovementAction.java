package org.jesr.desk.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One action of a delegation's plan for its own review, and what inspired it here. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction extends AbstractEntity {

    @Column(name = "delegation_id", nullable = false)
    private long delegationId;

    @Column(name = "action_text", nullable = false, length = 1000)
    private String action = "";

    @Column(nullable = false, length = 200)
    private String responsible = "";

    @Column(length = 100)
    private @Nullable String timeline;

    @Column(name = "fit_note", length = 1000)
    private @Nullable String fitNote;

    @Column(name = "objective_id")
    private @Nullable Long objectiveId;

    @Column(name = "inspired_by", length = 500)
    private @Nullable String inspiredBy;

    public long getDelegationId() {
        return delegationId;
    }

    public void setDelegationId(long delegationId) {
        this.delegationId = delegationId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public @Nullable String getTimeline() {
        return timeline;
    }

    public void setTimeline(@Nullable String timeline) {
        this.timeline = timeline;
    }

    public @Nullable String getFitNote() {
        return fitNote;
    }

    public void setFitNote(@Nullable String fitNote) {
        this.fitNote = fitNote;
    }

    public @Nullable Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(@Nullable Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public @Nullable String getInspiredBy() {
        return inspiredBy;
    }

    public void setInspiredBy(@Nullable String inspiredBy) {
        this.inspiredBy = inspiredBy;
    }
}
