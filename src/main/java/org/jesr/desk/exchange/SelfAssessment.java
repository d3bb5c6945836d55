package org.jesr.desk.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A self-assessment of one JSR: the host's (no delegation) or a delegation's home review. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "delegation_id")
    private @Nullable Long delegationId;

    @Column(nullable = false, length = 100)
    private String country = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_assessment_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    private Set<Rating> ratings = new LinkedHashSet<>();

    protected SelfAssessment() {}

    SelfAssessment(long reviewId, @Nullable Long delegationId, String country) {
        this.reviewId = reviewId;
        this.delegationId = delegationId;
        this.country = country;
    }

    public Optional<Rating> rating(Criterion criterion) {
        return ratings.stream().filter(r -> r.criterion() == criterion).findFirst();
    }

    void rate(Rating rating) {
        ratings.removeIf(r -> r.criterion() == rating.criterion());
        ratings.add(rating);
    }

    public long getReviewId() {
        return reviewId;
    }

    public @Nullable Long getDelegationId() {
        return delegationId;
    }

    public boolean isHost() {
        return delegationId == null;
    }

    public String getCountry() {
        return country;
    }

    public Set<Rating> getRatings() {
        return Set.copyOf(ratings);
    }
}
