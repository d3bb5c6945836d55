package org.jesr.desk.security;

import java.util.EnumSet;
import java.util.Set;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * What an admin edits about an account. Passwords are set by their holders through invitation
 * links; the password field is for tests and tools only. {@link UserAccountService} enforces the rules.
 */
public class UserForm {

    public static final int USERNAME_MAX = 60;
    public static final int NAME_MAX = 120;
    public static final int PASSWORD_MIN = PasswordRules.MIN_LENGTH;
    public static final String USERNAME_PATTERN = "[a-zA-Z0-9._@-]+";

    private @Nullable Long id;
    private long version;

    private String username = "";

    private String displayName = "";

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String language = Language.DEFAULT.code();
    private boolean enabled = true;
    private String newPassword = "";

    public static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.id = user.id();
        form.version = user.version();
        form.username = user.username();
        form.displayName = user.displayName();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.language = user.language();
        form.enabled = user.enabled();
        return form;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
