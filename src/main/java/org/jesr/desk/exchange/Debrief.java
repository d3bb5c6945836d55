package org.jesr.desk.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * A delegation's debrief of one day. Private to the delegation and the secretariat until the
 * delegation shares it; the version column makes a save on a stale copy fail, as with notes.
 */
@Entity
@Table(name = "debrief")
public class Debrief extends AbstractEntity {

    public static final int TEXT_MAX = 20_000;

    public enum Field implements Translatable {
        OBSERVED,
        PRACTICES,
        QUESTIONS;

        @Override
        public String keyPrefix() {

            return "debrief.field";
        }
    }

    @Column(name = "delegation_id", nullable = false)
    private long delegationId;

    @Column(name = "debrief_day", nullable = false)
    private LocalDate day = LocalDate.EPOCH;

    @Column(length = TEXT_MAX)
    private @Nullable String observed;

    @Column(length = TEXT_MAX)
    private @Nullable String practices;

    @Column(length = TEXT_MAX)
    private @Nullable String questions;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "updated_by", length = 60)
    private @Nullable String updatedBy;

    protected Debrief() {}

    Debrief(long delegationId, LocalDate day) {
        this.delegationId = delegationId;
        this.day = day;
    }

    public String text(Field field) {
        String text = switch (field) {
            case OBSERVED -> observed;
            case PRACTICES -> practices;
            case QUESTIONS -> questions;
        };
        return text == null ? "" : text;
    }

    void setText(Field field, String text, String by) {
        switch (field) {
            case OBSERVED -> observed = text;
            case PRACTICES -> practices = text;
            case QUESTIONS -> questions = text;
        }
        updatedBy = by;
    }

    public long getDelegationId() {
        return delegationId;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }
}
