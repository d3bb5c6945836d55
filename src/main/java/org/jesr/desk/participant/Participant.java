package org.jesr.desk.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * Someone taking part in one review. The review and the optional user account are
 * other features' data, so they are held by id (see docs/decisions/0002-features-by-id.md).
 */
@Entity
@Table(name = "participant")
public class Participant extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int TITLE_MAX = 160;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String PHONE_PATTERN = "^[+0-9 ()./-]{4,40}$";

    @Column(name = "review_id", nullable = false)
    private @Nullable Long reviewId;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(length = TITLE_MAX)
    private @Nullable String title;

    // Same feature, always shown together with the participant: loaded with it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private @Nullable Organization organization;

    /** Stored in lower case: two spellings of one address are one person. */
    @Column(nullable = false, length = EMAIL_MAX)
    private String email = "";

    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage = Language.DEFAULT.code();

    @Column(name = "user_account_id")
    private @Nullable Long userAccountId;

    public @Nullable Long getReviewId() {
        return reviewId;
    }

    /** The review a saved participant belongs to (a form may hold one without it yet). */
    public Long reviewId() {
        return Objects.requireNonNull(reviewId, "a saved participant belongs to a review");
    }

    public void setReviewId(@Nullable Long reviewId) {
        this.reviewId = reviewId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable Organization getOrganization() {
        return organization;
    }

    public void setOrganization(@Nullable Organization organization) {
        this.organization = organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public @Nullable Long getUserAccountId() {
        return userAccountId;
    }

    public void setUserAccountId(@Nullable Long userAccountId) {
        this.userAccountId = userAccountId;
    }
}
