package org.jesr.desk.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserSummary;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    // Roles are few and always needed with the account, so they load with it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage = Language.DEFAULT.code();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(nullable = false)
    private boolean demo;

    /** The daily reminder digest; on unless its owner turned it off on their profile. */
    @Column(name = "reminders_on", nullable = false)
    private boolean remindersOn = true;

    public boolean isRemindersOn() {
        return remindersOn;
    }

    public void setRemindersOn(boolean remindersOn) {
        this.remindersOn = remindersOn;
    }

    public UserSummary toSummary() {
        return new UserSummary(
                Objects.requireNonNull(getId()),
                getVersion(),
                username,
                displayName,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                preferredLanguage,
                enabled,
                lockedUntil);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
    /** A password of the holder's own: any demo account stops being one with a known password. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.demo = false;
    }

    public boolean isDemo() {
        return demo;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(@Nullable Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }
}
