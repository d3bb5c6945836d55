package org.jesr.desk.stakeholder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.participant.Constituency;
import org.jspecify.annotations.Nullable;

/** One thing a constituency's organization owes this review, such as the sector overview or grant status. */
@Entity
@Table(name = "obligation")
public class Obligation extends AbstractEntity {

    public static final int TITLE_MAX = 300;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Constituency constituency = Constituency.GOVERNMENT;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObligationStatus status = ObligationStatus.OPEN;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "obligation_submission", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    private List<Submission> submissions = new ArrayList<>();

    /** Still owed and past its due date. */
    public boolean overdue(LocalDate today) {
        return status.owed() && dueDate != null && dueDate.isBefore(today);
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public void setConstituency(Constituency constituency) {
        this.constituency = constituency;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(long organizationId) {
        this.organizationId = organizationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ObligationStatus getStatus() {
        return status;
    }

    void setStatus(ObligationStatus status) {
        this.status = status;
    }

    public List<Submission> getSubmissions() {
        return List.copyOf(submissions);
    }

    void addSubmission(Submission submission) {
        submissions.add(submission);
    }
}
