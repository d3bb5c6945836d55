package org.jesr.desk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.security.internal.Invitation;
import org.jesr.desk.security.internal.InvitationRepository;
import org.jesr.desk.security.internal.UserAccount;
import org.jesr.desk.security.internal.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links, valid seven days, with which people set their own password: for a new account
 * and for a reset. Nobody, the admin included, ever sees or hands out a password in clear.
 */
@Service
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    InvitationService(
            InvitationRepository invitations, UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * A new link for an account; earlier unused links of the account stop working. Organizers invite
     * the participants they create accounts for; admins also reset anyone's password this way.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public IssuedInvitation issue(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFound::new);
        if (account.getRoles().contains(Role.ADMIN) && !currentUserIsAdmin()) {
            throw new TranslatedException("invitation.error.admin-only");
        }
        Instant now = clock.instant();
        invitations.findByUserAccountIdAndUsedAtIsNull(accountId).forEach(i -> i.use(now));
        String token = newToken();
        Instant expires = now.plus(VALIDITY);
        invitations.save(new Invitation(accountId, hash(token), now, expires));
        return new IssuedInvitation(accountId, account.getUsername(), account.getDisplayName(), token, expires);
    }

    /** Whom a link is for, if it can still be used; an unknown, used or expired link answers nothing. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<UserSummary> holder(String token) {
        return usable(token)
                .flatMap(i -> accounts.findById(i.getUserAccountId()))
                .map(UserAccount::toSummary);
    }

    /**
     * Sets the password through a link and uses the link up. The account is unlocked, as a reset
     * is the way out of a lock-out too.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public UserSummary redeem(String token, String password) {
        Invitation invitation = usable(token).orElseThrow(() -> new TranslatedException("invitation.error.invalid"));
        UserAccount account = accounts.findById(invitation.getUserAccountId())
                .orElseThrow(() -> new TranslatedException("invitation.error.invalid"));
        PasswordRules.check(password, account.getUsername());
        account.setPasswordHash(encoder.encode(password));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        invitation.use(clock.instant());
        return account.toSummary();
    }

    private Optional<Invitation> usable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token)).filter(i -> i.usableAt(clock.instant()));
    }

    private static boolean currentUserIsAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
    }

    /** 256 random bits, URL-safe: long enough that guessing a link is hopeless. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
