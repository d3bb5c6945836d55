package org.jesr.desk.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.security.internal.UserAccount;
import org.jesr.desk.security.internal.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and each user's own language preference. */
@Service
public class UserAccountService {

    /** The roles the secretariat hands out with participants' accounts; only an admin makes admins. */
    public static final Set<Role> ORGANIZER_GRANTS =
            EnumSet.of(Role.ORGANIZER, Role.RAPPORTEUR, Role.CONTRIBUTOR, Role.OBSERVER);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

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

    /**
     * Creates or changes an account. A new account without a password gets one nobody knows: its
     * holder sets their own through an invitation link ({@link InvitationService}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary save(UserForm form) {
        validate(form);
        UserAccount account;
        if (form.getId() == null) {
            account = new UserAccount();
            account.setPasswordHash(unusablePassword());
        } else {
            account = accounts.findById(form.getId()).orElseThrow(NotFound::new);
            if (account.getVersion() != form.getVersion()) {
                throw new TranslatedException("error.concurrent-change");
            }
        }
        accounts.findByUsernameIgnoreCase(form.getUsername())
                .filter(other -> !other.id().equals(account.getId()))
                .ifPresent(other -> {
                    throw new TranslatedException("user.error.username-taken", form.getUsername());
                });
        account.setUsername(form.getUsername().trim());
        account.setDisplayName(form.getDisplayName().trim());
        account.setRoles(form.getRoles());
        account.setPreferredLanguage(form.getLanguage());
        account.setEnabled(form.isEnabled());
        if (!form.getNewPassword().isEmpty()) {
            PasswordRules.check(form.getNewPassword(), form.getUsername());
            account.setPasswordHash(encoder.encode(form.getNewPassword()));
        }
        return accounts.saveAndFlush(account).toSummary();
    }

    /**
     * The account a participant signs in with, made by the secretariat: an existing account of the
     * same username (the same person in last year's review) gains the role, otherwise a new one is
     * created with a password nobody knows, to be set through an invitation.
     *
     * @return the account, and whether it was created now
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AccountOutcome ensureAccount(String username, String displayName, Role role, String language) {
        if (!ORGANIZER_GRANTS.contains(role)) {
            throw new TranslatedException("user.error.role-not-grantable");
        }
        String clean = username.trim();
        if (clean.isEmpty() || !clean.matches(UserForm.USERNAME_PATTERN) || clean.length() > UserForm.USERNAME_MAX) {
            throw new TranslatedException("user.error.username-invalid");
        }
        Optional<UserAccount> existing = accounts.findByUsernameIgnoreCase(clean);
        UserAccount account = existing.orElseGet(() -> {
            UserAccount created = new UserAccount();
            created.setUsername(clean);
            created.setDisplayName(displayName.trim().isEmpty() ? clean : displayName.trim());
            created.setPreferredLanguage(Language.orDefault(language).code());
            created.setPasswordHash(unusablePassword());
            return created;
        });
        Set<Role> roles = EnumSet.of(role);
        roles.addAll(account.getRoles());
        account.setRoles(roles);
        return new AccountOutcome(accounts.saveAndFlush(account).toSummary(), existing.isEmpty());
    }

    /** An account made or reused for a participant, and whether it is new. */
    public record AccountOutcome(UserSummary account, boolean created) {}

    /** Every account, for the secretariat to link participants to; no password hash leaves this feature. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<UserSummary> all() {
        return accounts.findAll(Sort.by("username")).stream()
                .map(UserAccount::toSummary)
                .toList();
    }

    /** Any signed-in user changes their own password, knowing the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account =
                accounts.findByUsernameIgnoreCase(currentUsername()).orElseThrow(NotFound::new);
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new TranslatedException("user.error.current-password");
        }
        PasswordRules.check(newPassword, account.getUsername());
        account.setPasswordHash(encoder.encode(newPassword));
    }

    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return encoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * Creates one of the sample review's demo accounts, whose passwords are short by
     * design (admin/admin). Only the sample-data loader calls this.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createDemoAccount(
            String username, String password, String displayName, Set<Role> roles, String language) {
        return createDemoAccount(username, password, null, displayName, roles, language);
    }

    /**
     * As above, with the password's BCrypt hash as the sample files carry it, so that loading the
     * sample hashes nothing: six hashes were half a second of every load, and the tests load it
     * seventy times a run (decision 0023). Without a hash, the password is hashed as usual.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createDemoAccount(
            String username,
            String password,
            @Nullable String passwordHash,
            String displayName,
            Set<Role> roles,
            String language) {
        if (passwordHash != null && !BCRYPT_HASH.matcher(passwordHash).matches()) {
            throw new IllegalArgumentException("The demo account " + username + " has no BCrypt hash: " + passwordHash);
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new TranslatedException("user.error.username-taken", username);
        }
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setDisplayName(displayName);
        account.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        account.setPreferredLanguage(Language.orDefault(language).code());
        account.setPasswordHash(passwordHash != null ? passwordHash : encoder.encode(password));
        account.markDemo();
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

    /** Whether accounts with the sample's known passwords exist: every page then says so. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean demoAccountsExist() {
        return accounts.existsByDemoTrue();
    }

    /**
     * Whether an account may still act: enabled and not deleted. Feeds read by calendar apps ask it
     * for the account behind their token, with nobody signed in, so it tells no more than yes or no.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return accounts.findById(id).map(UserAccount::isEnabled).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(long id) {
        return accounts.findById(id).map(UserAccount::toSummary);
    }

    /** Ids of the accounts that can sign in, so a message can say "sign in" or hand out a link instead. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Set<Long> activeIds() {
        return accounts.findAll().stream()
                .filter(UserAccount::isEnabled)
                .map(UserAccount::id)
                .collect(Collectors.toSet());
    }

    /** Accounts whose owner wants the daily reminder digest (and can still sign in). */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Set<Long> wantingReminders() {
        return accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.isRemindersOn())
                .map(UserAccount::id)
                .collect(Collectors.toSet());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean ownRemindersOn() {
        return accounts.findByUsernameIgnoreCase(currentUsername())
                .map(UserAccount::isRemindersOn)
                .orElse(false);
    }

    /** Anyone turns their own daily reminder digest on or off; nobody else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setOwnReminders(boolean on) {
        accounts.findByUsernameIgnoreCase(currentUsername()).ifPresent(a -> a.setRemindersOn(on));
    }

    /** Any signed-in user may choose their own language; nobody else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLanguage(String language) {
        if (!Language.isSupported(language)) {
            throw new TranslatedException("user.error.language", language);
        }
        accounts.findByUsernameIgnoreCase(currentUsername()).ifPresent(a -> a.setPreferredLanguage(language));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static void validate(UserForm form) {
        if (form.getUsername().isBlank()
                || !form.getUsername().trim().matches(UserForm.USERNAME_PATTERN)
                || form.getUsername().length() > UserForm.USERNAME_MAX) {
            throw new TranslatedException("user.error.username-invalid");
        }
        if (form.getDisplayName().isBlank() || form.getDisplayName().length() > UserForm.NAME_MAX) {
            throw new TranslatedException("validation.required");
        }
        if (form.getRoles().isEmpty()) {
            throw new TranslatedException("validation.roles");
        }
        if (!Language.isSupported(form.getLanguage())) {
            throw new TranslatedException("user.error.language", form.getLanguage());
        }
    }
}
