package org.jesr.desk.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/** A peer country's delegation: its members are participants (by id) with the observer role. */
@Entity
@Table(name = "delegation")
public class Delegation extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 100)
    private String country = "";

    @Column(nullable = false, length = 5)
    private String language = Language.DEFAULT.code();

    @Column(name = "agency_rep", length = 200)
    private @Nullable String agencyRepresentative;

    @Column(name = "arrival_date")
    private @Nullable LocalDate arrival;

    @Column(name = "departure_date")
    private @Nullable LocalDate departure;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"))
    @Column(name = "participant_id")
    private Set<Long> memberIds = new LinkedHashSet<>();

    public boolean hasMember(@Nullable Long participantId) {
        return participantId != null && memberIds.contains(participantId);
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable String getAgencyRepresentative() {
        return agencyRepresentative;
    }

    public void setAgencyRepresentative(@Nullable String agencyRepresentative) {
        this.agencyRepresentative = agencyRepresentative;
    }

    public @Nullable LocalDate getArrival() {
        return arrival;
    }

    public void setArrival(@Nullable LocalDate arrival) {
        this.arrival = arrival;
    }

    public @Nullable LocalDate getDeparture() {
        return departure;
    }

    public void setDeparture(@Nullable LocalDate departure) {
        this.departure = departure;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }
}
