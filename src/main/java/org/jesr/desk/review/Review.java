package org.jesr.desk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * One year's Joint Education Sector Review. Reviews follow each other year on year
 * (the next one checks what became of this one's recommendations), so every other
 * feature's data points at a review by its id.
 */
@Entity
@Table(name = "review")
public class Review extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int PLACE_MAX = 120;
    public static final int VENUE_MAX = 200;
    public static final int PLAN_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(name = "country_or_province", nullable = false, length = PLACE_MAX)
    private String countryOrProvince = "";

    @Column(name = "review_year", nullable = false)
    private int year;

    @Column(name = "start_date", nullable = false)
    private @Nullable LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private @Nullable LocalDate endDate;

    @Column(nullable = false, length = VENUE_MAX)
    private String venue = "";

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = "UTC";

    @Column(name = "sector_plan", nullable = false, length = PLAN_MAX)
    private String sectorPlan = "";

    /** Comma-separated language codes of the review's working languages, e.g. "en,fr". */
    @Column(nullable = false, length = 40)
    private String languages = Language.DEFAULT.code();

    @Column(nullable = false)
    private boolean active = true;

    /** Read-only: its proceedings no longer change (follow-up of its recommendations goes on). */
    @Column(nullable = false)
    private boolean archived;

    /** The review everyone's screens show; at most one is. */
    @Column(name = "current_review", nullable = false)
    private boolean current;

    /** The review whose recommendations this one follows up, when it was started from it. */
    @Column(name = "previous_review_id")
    private @Nullable Long previousReviewId;

    /** Opt-in: a page anyone may read, without signing in, with only what is final or public. */
    @Column(name = "public_page", nullable = false)
    private boolean publicPage;

    public boolean isPublicPage() {
        return publicPage;
    }

    void setPublicPage(boolean publicPage) {
        this.publicPage = publicPage;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<String> languageList() {
        return Arrays.stream(languages.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryOrProvince() {
        return countryOrProvince;
    }

    public void setCountryOrProvince(String countryOrProvince) {
        this.countryOrProvince = countryOrProvince;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    /** The first day of a saved review (the form may hold a review without one yet). */
    public LocalDate startDate() {
        return Objects.requireNonNull(startDate, "a saved review has a start date");
    }

    /** The last day of a saved review. */
    public LocalDate endDate() {
        return Objects.requireNonNull(endDate, "a saved review has an end date");
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getSectorPlan() {
        return sectorPlan;
    }

    public void setSectorPlan(String sectorPlan) {
        this.sectorPlan = sectorPlan;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }

    public @Nullable Long getPreviousReviewId() {
        return previousReviewId;
    }

    void setPreviousReviewId(@Nullable Long previousReviewId) {
        this.previousReviewId = previousReviewId;
    }
}
