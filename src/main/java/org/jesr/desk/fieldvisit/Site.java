package org.jesr.desk.fieldvisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A place the team visits, with what it observed there: the checklist the review
 * compares across districts, and free notes.
 */
@Entity
@Table(name = "visit_site")
public class Site extends AbstractEntity {

    @Column(name = "field_visit_id", nullable = false)
    private long fieldVisitId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteKind kind = SiteKind.SCHOOL;

    @Column(nullable = false, length = 120)
    private String district = "";

    @Column
    private @Nullable Double latitude;

    @Column
    private @Nullable Double longitude;

    @Column(name = "pupils_enrolled")
    private @Nullable Integer pupilsEnrolled;

    @Column(name = "pupils_present")
    private @Nullable Integer pupilsPresent;

    @Column(name = "teachers_present")
    private @Nullable Integer teachersPresent;

    @Column(name = "has_water")
    private @Nullable Boolean water;

    @Column(name = "has_toilets")
    private @Nullable Boolean toilets;

    @Column(name = "has_girls_toilets")
    private @Nullable Boolean girlsToilets;

    @Column(name = "has_electricity")
    private @Nullable Boolean electricity;

    @Column(name = "has_textbooks")
    private @Nullable Boolean textbooks;

    @Column(name = "smc_active")
    private @Nullable Boolean smcActive;

    @Column(length = 4000)
    private @Nullable String notes;

    /** Pupils present as a share of those enrolled, when both were counted. */
    public @Nullable Double attendanceRate() {
        return pupilsEnrolled == null || pupilsPresent == null || pupilsEnrolled == 0
                ? null
                : (double) pupilsPresent / pupilsEnrolled;
    }

    public long getFieldVisitId() {
        return fieldVisitId;
    }

    public void setFieldVisitId(long fieldVisitId) {
        this.fieldVisitId = fieldVisitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable Double latitude) {
        this.latitude = latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable Double longitude) {
        this.longitude = longitude;
    }

    public @Nullable Integer getPupilsEnrolled() {
        return pupilsEnrolled;
    }

    public void setPupilsEnrolled(@Nullable Integer pupilsEnrolled) {
        this.pupilsEnrolled = pupilsEnrolled;
    }

    public @Nullable Integer getPupilsPresent() {
        return pupilsPresent;
    }

    public void setPupilsPresent(@Nullable Integer pupilsPresent) {
        this.pupilsPresent = pupilsPresent;
    }

    public @Nullable Integer getTeachersPresent() {
        return teachersPresent;
    }

    public void setTeachersPresent(@Nullable Integer teachersPresent) {
        this.teachersPresent = teachersPresent;
    }

    public @Nullable Boolean getWater() {
        return water;
    }

    public void setWater(@Nullable Boolean water) {
        this.water = water;
    }

    public @Nullable Boolean getToilets() {
        return toilets;
    }

    public void setToilets(@Nullable Boolean toilets) {
        this.toilets = toilets;
    }

    public @Nullable Boolean getGirlsToilets() {
        return girlsToilets;
    }

    public void setGirlsToilets(@Nullable Boolean girlsToilets) {
        this.girlsToilets = girlsToilets;
    }

    public @Nullable Boolean getElectricity() {
        return electricity;
    }

    public void setElectricity(@Nullable Boolean electricity) {
        this.electricity = electricity;
    }

    public @Nullable Boolean getTextbooks() {
        return textbooks;
    }

    public void setTextbooks(@Nullable Boolean textbooks) {
        this.textbooks = textbooks;
    }

    public @Nullable Boolean getSmcActive() {
        return smcActive;
    }

    public void setSmcActive(@Nullable Boolean smcActive) {
        this.smcActive = smcActive;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
