package org.jesr.desk.workinggroup;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * What a rapporteur records for one working-group or field-visit session. The version
 * column makes a save on a stale copy fail, so two rapporteurs never overwrite each other.
 */
@Entity
@Table(name = "session_notes")
public class SessionNotes extends AbstractEntity {

    public static final int TEXT_MAX = 20_000;

    @Column(name = "session_id", nullable = false, unique = true)
    private long sessionId;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotesStatus status = NotesStatus.DRAFT;

    @Column(length = TEXT_MAX)
    private @Nullable String summary;

    @Column(length = TEXT_MAX)
    private @Nullable String findings;

    @Column(length = TEXT_MAX)
    private @Nullable String bottlenecks;

    @Column(length = TEXT_MAX)
    private @Nullable String recommendations;

    @Column(name = "agreed_actions", length = TEXT_MAX)
    private @Nullable String actions;

    @Column(name = "return_comment", length = 2000)
    private @Nullable String returnComment;

    @Column(name = "updated_by", length = 60)
    private @Nullable String updatedBy;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notes_finding", joinColumns = @JoinColumn(name = "notes_id"))
    @OrderColumn(name = "position")
    private List<Finding> keyFindings = new ArrayList<>();

    public static SessionNotes start(long reviewId, long sessionId) {
        SessionNotes notes = new SessionNotes();
        notes.reviewId = reviewId;
        notes.sessionId = sessionId;
        return notes;
    }

    public String text(NotesField field) {
        String value = switch (field) {
            case SUMMARY -> summary;
            case FINDINGS -> findings;
            case BOTTLENECKS -> bottlenecks;
            case RECOMMENDATIONS -> recommendations;
            case ACTIONS -> actions;
        };
        return value == null ? "" : value;
    }

    void setText(NotesField field, String text) {
        switch (field) {
            case SUMMARY -> summary = text;
            case FINDINGS -> findings = text;
            case BOTTLENECKS -> bottlenecks = text;
            case RECOMMENDATIONS -> recommendations = text;
            case ACTIONS -> actions = text;
        }
    }

    void touched(String user, Instant at) {
        updatedBy = user;
        updatedAt = at;
    }

    void moveTo(NotesStatus next, @Nullable String comment, Instant at) {
        status = next;
        returnComment = comment;
        if (next == NotesStatus.SUBMITTED) {
            submittedAt = at;
        }
    }

    public List<Finding> getKeyFindings() {
        return List.copyOf(keyFindings);
    }

    void addFinding(Finding finding) {
        keyFindings.add(finding);
    }

    void removeFinding(int index) {
        keyFindings.remove(index);
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getReviewId() {
        return reviewId;
    }

    public NotesStatus getStatus() {
        return status;
    }

    public @Nullable String getReturnComment() {
        return returnComment;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
