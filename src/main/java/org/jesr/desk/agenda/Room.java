package org.jesr.desk.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A room of the venue, or a named place such as a district for field visits. */
@Entity
@Table(name = "room")
public class Room extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column
    private @Nullable Integer capacity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
