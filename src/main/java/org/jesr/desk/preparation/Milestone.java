package org.jesr.desk.preparation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One step of the review's preparation or follow-through: who owns it (an organization) and when it
 * is due, counted from the review's dates unless fixed.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int OFFSET_MAX = 730;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MilestoneKind kind = MilestoneKind.CUSTOM;

    /** Only a CUSTOM milestone has a typed title; the default ones speak the reader's language. */
    @Column(length = TITLE_MAX)
    private @Nullable String title;

    @Column(name = "owner_org_id")
    private @Nullable Long ownerOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Anchor anchor = Anchor.BEFORE_START;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(name = "fixed_date")
    private @Nullable LocalDate fixedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status = MilestoneStatus.OPEN;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    /** "document:12" or "session:5": what shows it was done. */
    @Column(name = "evidence_ref", length = 80)
    private @Nullable String evidenceRef;

    @Column(name = "order_no", nullable = false)
    private int orderNo;

    public static Milestone of(long reviewId, MilestoneKind kind, int orderNo) {
        Milestone m = new Milestone();
        m.reviewId = reviewId;
        m.kind = kind;
        m.anchor = kind.anchor();
        m.offsetDays = kind.offsetDays();
        m.orderNo = orderNo;
        return m;
    }

    /** Its due date for a review held from start to end. */
    public LocalDate dueDate(LocalDate start, LocalDate end) {
        return switch (anchor) {
            case BEFORE_START -> start.minusDays(offsetDays);
            case AFTER_END -> end.plusDays(offsetDays);
            case FIXED -> fixedDate == null ? start : fixedDate;
        };
    }

    void done(LocalDate on, @Nullable String evidence) {
        status = MilestoneStatus.DONE;
        doneOn = on;
        evidenceRef = evidence;
    }

    void reopen() {
        status = MilestoneStatus.OPEN;
        doneOn = null;
    }

    void setOrderNo(int orderNo) {
        this.orderNo = orderNo;
    }

    public long getReviewId() {
        return reviewId;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable Long getOwnerOrgId() {
        return ownerOrgId;
    }

    public void setOwnerOrgId(@Nullable Long ownerOrgId) {
        this.ownerOrgId = ownerOrgId;
    }

    public Anchor getAnchor() {
        return anchor;
    }

    public void setAnchor(Anchor anchor) {
        this.anchor = anchor;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public void setOffsetDays(int offsetDays) {
        this.offsetDays = offsetDays;
    }

    public @Nullable LocalDate getFixedDate() {
        return fixedDate;
    }

    public void setFixedDate(@Nullable LocalDate fixedDate) {
        this.fixedDate = fixedDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public @Nullable String getEvidenceRef() {
        return evidenceRef;
    }

    public void setEvidenceRef(@Nullable String evidenceRef) {
        this.evidenceRef = evidenceRef;
    }

    public int getOrderNo() {
        return orderNo;
    }
}
