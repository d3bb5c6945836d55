package org.jesr.desk.recommendation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.ArchiveWritable;
import org.jspecify.annotations.Nullable;

/**
 * One recommendation of the register: what should be done, by whom and by when, where it
 * came from, and what the wrap-up plenary made of it. Next year's review reports on it.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text = "";

    @Column(name = "responsible_body", nullable = false, length = 200)
    private String responsibleBody = "";

    @Column(length = 100)
    private @Nullable String timeline;

    @Column(name = "plan_link", length = 200)
    private @Nullable String planLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.MEDIUM;

    @Column(name = "theme_id")
    private @Nullable Long themeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Consensus consensus = Consensus.PROPOSED;

    @Column(length = 1000)
    private @Nullable String reservation;

    /** The indicator or document it rests on, as an evidence token ("indicator:A4"). */
    @Column(name = "evidence_ref", length = 80)
    private @Nullable String evidenceRef;

    @Column(name = "order_no", nullable = false)
    private int orderNo;

    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status", length = 20)
    @ArchiveWritable
    private @Nullable FollowUpStatus followUpStatus;

    @Column(name = "follow_up_evidence", length = 1000)
    @ArchiveWritable
    private @Nullable String followUpEvidence;

    @Column(name = "follow_up_comment", length = 1000)
    @ArchiveWritable
    private @Nullable String followUpComment;

    /** The organization answerable for it, from the organizations list; responsibleBody keeps the agreed wording. */
    @Column(name = "responsible_org_id")
    @ArchiveWritable
    private @Nullable Long responsibleOrgId;

    @Column(name = "due_date")
    @ArchiveWritable
    private @Nullable LocalDate dueDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_supporter", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "organization_id")
    @ArchiveWritable
    private Set<Long> supporterIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_source", joinColumns = @JoinColumn(name = "recommendation_id"))
    private Set<RecommendationSource> sources = new LinkedHashSet<>();

    public boolean isAgreed() {
        return consensus == Consensus.AGREED || consensus == Consensus.AGREED_WITH_RESERVATION;
    }

    void absorb(Recommendation duplicate) {
        sources.addAll(duplicate.sources);
        duplicate.consensus = Consensus.MERGED;
        duplicate.mergedIntoId = getId();
    }

    void decide(Consensus next, @Nullable String why) {
        consensus = next;
        reservation = next == Consensus.AGREED_WITH_RESERVATION ? why : null;
    }

    void reportFollowUp(FollowUpStatus status, @Nullable String evidence, @Nullable String comment) {
        followUpStatus = status;
        followUpEvidence = evidence;
        followUpComment = comment;
    }

    void assign(@Nullable Long responsibleOrgId, Set<Long> supporterIds, @Nullable LocalDate dueDate) {
        this.responsibleOrgId = responsibleOrgId;
        this.supporterIds.clear();
        this.supporterIds.addAll(supporterIds);
        if (responsibleOrgId != null) {
            this.supporterIds.remove(responsibleOrgId);
        }
        this.dueDate = dueDate;
    }

    public @Nullable Long getResponsibleOrgId() {
        return responsibleOrgId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public Set<Long> getSupporterIds() {
        return supporterIds;
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(String responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public @Nullable String getTimeline() {
        return timeline;
    }

    public void setTimeline(@Nullable String timeline) {
        this.timeline = timeline;
    }

    public @Nullable String getPlanLink() {
        return planLink;
    }

    public void setPlanLink(@Nullable String planLink) {
        this.planLink = planLink;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public @Nullable String getEvidenceRef() {
        return evidenceRef;
    }

    public void setEvidenceRef(@Nullable String evidenceRef) {
        this.evidenceRef = evidenceRef;
    }

    public @Nullable Long getThemeId() {
        return themeId;
    }

    public void setThemeId(@Nullable Long themeId) {
        this.themeId = themeId;
    }

    public Consensus getConsensus() {
        return consensus;
    }

    public @Nullable String getReservation() {
        return reservation;
    }

    public int getOrderNo() {
        return orderNo;
    }

    void setOrderNo(int orderNo) {
        this.orderNo = orderNo;
    }

    public @Nullable Long getMergedIntoId() {
        return mergedIntoId;
    }

    public @Nullable FollowUpStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public @Nullable String getFollowUpEvidence() {
        return followUpEvidence;
    }

    public @Nullable String getFollowUpComment() {
        return followUpComment;
    }

    public Set<RecommendationSource> getSources() {
        return sources;
    }

    public void addSource(RecommendationSource source) {
        sources.add(source);
    }
}
