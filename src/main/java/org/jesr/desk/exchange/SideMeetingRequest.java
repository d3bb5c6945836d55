package org.jesr.desk.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A delegation asks to meet an organization or a person; organizers schedule or decline it. */
@Entity
@Table(name = "side_meeting_request")
public class SideMeetingRequest extends AbstractEntity {

    @Column(name = "delegation_id", nullable = false)
    private long delegationId;

    @Column(name = "with_organization")
    private @Nullable Long withOrganizationId;

    @Column(name = "with_participant")
    private @Nullable Long withParticipantId;

    @Column(nullable = false, length = 500)
    private String topic = "";

    @Column(name = "preferred_times", length = 300)
    private @Nullable String preferredTimes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.REQUESTED;

    @Column(name = "decline_reason", length = 500)
    private @Nullable String declineReason;

    @Column(name = "session_id")
    private @Nullable Long sessionId;

    public long getDelegationId() {
        return delegationId;
    }

    public void setDelegationId(long delegationId) {
        this.delegationId = delegationId;
    }

    public @Nullable Long getWithOrganizationId() {
        return withOrganizationId;
    }

    public void setWithOrganizationId(@Nullable Long id) {
        this.withOrganizationId = id;
    }

    public @Nullable Long getWithParticipantId() {
        return withParticipantId;
    }

    public void setWithParticipantId(@Nullable Long id) {
        this.withParticipantId = id;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public @Nullable String getPreferredTimes() {
        return preferredTimes;
    }

    public void setPreferredTimes(@Nullable String preferredTimes) {
        this.preferredTimes = preferredTimes;
    }

    public RequestStatus getStatus() {
        return status;
    }

    void setStatus(RequestStatus status) {
        this.status = status;
    }

    public @Nullable String getDeclineReason() {
        return declineReason;
    }

    void setDeclineReason(@Nullable String declineReason) {
        this.declineReason = declineReason;
    }

    public @Nullable Long getSessionId() {
        return sessionId;
    }

    void setSessionId(@Nullable Long sessionId) {
        this.sessionId = sessionId;
    }
}
