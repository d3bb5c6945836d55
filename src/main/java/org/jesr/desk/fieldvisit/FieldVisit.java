package org.jesr.desk.fieldvisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * The plan and logistics of one field-visit session. The team (lead, rapporteur,
 * members) is the session's people in the agenda; this holds what the agenda does not.
 */
@Entity
@Table(name = "field_visit")
public class FieldVisit extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "session_id", nullable = false, unique = true)
    private long sessionId;

    @Column(name = "departure_at")
    private @Nullable Instant departureAt;

    @Column(name = "departure_place", length = 200)
    private @Nullable String departurePlace;

    @Column(length = 120)
    private @Nullable String vehicle;

    @Column(name = "driver_contact", length = 120)
    private @Nullable String driverContact;

    @Column(name = "return_at")
    private @Nullable Instant returnAt;

    public static FieldVisit of(long reviewId, long sessionId) {
        FieldVisit visit = new FieldVisit();
        visit.reviewId = reviewId;
        visit.sessionId = sessionId;
        return visit;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public @Nullable Instant getDepartureAt() {
        return departureAt;
    }

    public void setDepartureAt(@Nullable Instant departureAt) {
        this.departureAt = departureAt;
    }

    public @Nullable String getDeparturePlace() {
        return departurePlace;
    }

    public void setDeparturePlace(@Nullable String departurePlace) {
        this.departurePlace = departurePlace;
    }

    public @Nullable String getVehicle() {
        return vehicle;
    }

    public void setVehicle(@Nullable String vehicle) {
        this.vehicle = vehicle;
    }

    public @Nullable String getDriverContact() {
        return driverContact;
    }

    public void setDriverContact(@Nullable String driverContact) {
        this.driverContact = driverContact;
    }

    public @Nullable Instant getReturnAt() {
        return returnAt;
    }

    public void setReturnAt(@Nullable Instant returnAt) {
        this.returnAt = returnAt;
    }
}
