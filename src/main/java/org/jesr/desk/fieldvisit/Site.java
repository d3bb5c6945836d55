package org.jesr.desk.fieldvisit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.fieldvisit.internal.AnswersConverter;
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

    @Column(name = "position_accuracy")
    private @Nullable Double positionAccuracy;

    @Column(name = "observed_at")
    private @Nullable Instant observedAt;

    /** The checklist revision the answers were given against. */
    @Column(name = "checklist_revision", nullable = false)
    private int checklistRevision = Checklist.DEFAULT_REVISION;

    /** Answers by question code, each in its question type's text form ("true", "12", a choice code). */
    @Convert(converter = AnswersConverter.class)
    @Column(nullable = false, length = 20000)
    private Map<String, String> answers = new TreeMap<>();

    /** Made by the field kit on the device, so a record sent twice is stored once. */
    @Column(name = "device_id", length = 40)
    private @Nullable String deviceId;

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
        return yesNo("water");
    }

    public void setWater(@Nullable Boolean value) {
        setYesNo("water", value);
    }

    public @Nullable Boolean getToilets() {
        return yesNo("toilets");
    }

    public void setToilets(@Nullable Boolean value) {
        setYesNo("toilets", value);
    }

    public @Nullable Boolean getGirlsToilets() {
        return yesNo("girls-toilets");
    }

    public void setGirlsToilets(@Nullable Boolean value) {
        setYesNo("girls-toilets", value);
    }

    public @Nullable Boolean getElectricity() {
        return yesNo("electricity");
    }

    public void setElectricity(@Nullable Boolean value) {
        setYesNo("electricity", value);
    }

    public @Nullable Boolean getTextbooks() {
        return yesNo("textbooks");
    }

    public void setTextbooks(@Nullable Boolean value) {
        setYesNo("textbooks", value);
    }

    public @Nullable Boolean getSmcActive() {
        return yesNo("smc-active");
    }

    public void setSmcActive(@Nullable Boolean value) {
        setYesNo("smc-active", value);
    }

    /** A yes/no answer, or null where nobody looked. */
    public @Nullable Boolean yesNo(String code) {
        String answer = answers.get(code);
        return answer == null ? null : Boolean.valueOf(answer);
    }

    public void setYesNo(String code, @Nullable Boolean value) {
        setAnswer(code, value == null ? null : value.toString());
    }

    public Map<String, String> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = new TreeMap<>(answers);
    }

    /** Sets one answer; null or blank removes it. */
    public void setAnswer(String code, @Nullable String value) {
        Map<String, String> changed = new TreeMap<>(answers);
        if (value == null || value.isBlank()) {
            changed.remove(code);
        } else {
            changed.put(code, value);
        }
        // A new map, so Hibernate sees the change (it compares the converted value).
        this.answers = changed;
    }

    public int getChecklistRevision() {
        return checklistRevision;
    }

    public void setChecklistRevision(int checklistRevision) {
        this.checklistRevision = checklistRevision;
    }

    public @Nullable Double getPositionAccuracy() {
        return positionAccuracy;
    }

    public void setPositionAccuracy(@Nullable Double positionAccuracy) {
        this.positionAccuracy = positionAccuracy;
    }

    public @Nullable Instant getObservedAt() {
        return observedAt;
    }

    public void setObservedAt(@Nullable Instant observedAt) {
        this.observedAt = observedAt;
    }

    public @Nullable String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(@Nullable String deviceId) {
        this.deviceId = deviceId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
