package org.jesr.desk.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.security.internal.UserAccount;
import org.jesr.desk.security.internal.UserAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and each user's own language preference. */
@Service
public class UserAccountService {

    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> list(String filter, Pageable pageable) {
        String needle = filter.trim().toLowerCase(Locale.ROOT);
        return accounts.search("%" + needle + "%", pageable).map(UserAccount::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary save(UserForm form) {
        validate(form);
        UserAccount account;
        if (form.getId() == null) {
            if (form.getNewPassword().length() < UserForm.PASSWORD_MIN) {
                throw new TranslatedException("user.error.password-too-short", UserForm.PASSWORD_MIN);
            }
            account = new UserAccount();
        } else {
            account = accounts.findById(form.getId()).orElseThrow(() -> new TranslatedException("error.not-found"));
            if (account.getVersion() != form.getVersion()) {
                throw new TranslatedException("error.concurrent-change");
            }
        }
        accounts.findByUsernameIgnoreCase(form.getUsername())
                .filter(other -> !other.getId().equals(account.getId()))
                .ifPresent(other -> {
                    throw new TranslatedException("user.error.username-taken", form.getUsername());
                });
        account.setUsername(form.getUsername().trim());
        account.setDisplayName(form.getDisplayName().trim());
        account.setRoles(form.getRoles());
        account.setPreferredLanguage(form.getLanguage());
        account.setEnabled(form.isEnabled());
        if (!form.getNewPassword().isEmpty()) {
            if (form.getNewPassword().length() < UserForm.PASSWORD_MIN) {
                throw new TranslatedException("user.error.password-too-short", UserForm.PASSWORD_MIN);
            }
            account.setPasswordHash(encoder.encode(form.getNewPassword()));
        }
        return accounts.saveAndFlush(account).toSummary();
    }

    /**
     * Creates one of the sample review's demo accounts, whose passwords are short by
     * design (admin/admin). Only the sample-data loader calls this.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createDemoAccount(String username, String password, String displayName, Set<Role> roles,
                                         String language) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new TranslatedException("user.error.username-taken", username);
        }
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setDisplayName(displayName);
        account.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        account.setPreferredLanguage(LANGUAGES.contains(language) ? language : "en");
        account.setPasswordHash(encoder.encode(password));
        return accounts.saveAndFlush(account).toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        accounts.findById(id).ifPresent(account -> {
            account.setLockedUntil(null);
            account.setFailedLogins(0);
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> currentUser() {
        return accounts.findByUsernameIgnoreCase(currentUsername()).map(UserAccount::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(long id) {
        return accounts.findById(id).map(UserAccount::toSummary);
    }

    /** Any signed-in user may choose their own language; nobody else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new TranslatedException("user.error.language", language);
        }
        accounts.findByUsernameIgnoreCase(currentUsername()).ifPresent(a -> a.setPreferredLanguage(language));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static void validate(UserForm form) {
        if (form.getUsername().isBlank() || !form.getUsername().trim().matches(UserForm.USERNAME_PATTERN)
                || form.getUsername().length() > UserForm.USERNAME_MAX) {
            throw new TranslatedException("user.error.username-invalid");
        }
        if (form.getDisplayName().isBlank() || form.getDisplayName().length() > UserForm.NAME_MAX) {
            throw new TranslatedException("validation.required");
        }
        if (form.getRoles().isEmpty()) {
            throw new TranslatedException("validation.roles");
        }
        if (!LANGUAGES.contains(form.getLanguage())) {
            throw new TranslatedException("user.error.language", form.getLanguage());
        }
    }
}
