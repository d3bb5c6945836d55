package org.jesr.desk.stakeholder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.participant.Constituency;
import org.jspecify.annotations.Nullable;

/** A written input to the aide-memoire from a government department, partner or civil-society group. */
@Entity
@Table(name = "stakeholder_input")
public class StakeholderInput extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 8000;
    public static final int REPLY_MAX = 2000;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 60)
    private String author = "";

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Constituency constituency = Constituency.GOVERNMENT;

    @Column(name = "theme_id")
    private @Nullable Long themeId;

    @Column(length = 120)
    private @Nullable String section;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InputOutcome outcome = InputOutcome.PENDING;

    @Column(length = REPLY_MAX)
    private @Nullable String reply;

    @Column(name = "replied_by", length = 60)
    private @Nullable String repliedBy;

    @Column(name = "recommendation_id")
    private @Nullable Long recommendationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "input_attachment", joinColumns = @JoinColumn(name = "input_id"))
    @Column(name = "document_id")
    private Set<Long> attachmentIds = new LinkedHashSet<>();

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getAuthor() {
        return author;
    }

    void setAuthor(String author) {
        this.author = author;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }

    void setOrganizationId(@Nullable Long organizationId) {
        this.organizationId = organizationId;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    void setConstituency(Constituency constituency) {
        this.constituency = constituency;
    }

    public @Nullable Long getThemeId() {
        return themeId;
    }

    public void setThemeId(@Nullable Long themeId) {
        this.themeId = themeId;
    }

    public @Nullable String getSection() {
        return section;
    }

    public void setSection(@Nullable String section) {
        this.section = section;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public InputOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(InputOutcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getReply() {
        return reply;
    }

    void setReply(@Nullable String reply) {
        this.reply = reply;
    }

    public @Nullable String getRepliedBy() {
        return repliedBy;
    }

    void setRepliedBy(@Nullable String repliedBy) {
        this.repliedBy = repliedBy;
    }

    public @Nullable Long getRecommendationId() {
        return recommendationId;
    }

    void setRecommendationId(@Nullable Long recommendationId) {
        this.recommendationId = recommendationId;
    }

    public Set<Long> getAttachmentIds() {
        return Set.copyOf(attachmentIds);
    }

    void addAttachment(long documentId) {
        attachmentIds.add(documentId);
    }
}
