package org.jesr.desk.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so a shared venue
 * network cannot be used to guess the organizers' passwords. Kept in the database,
 * so a restart does not unlock it.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(
            UserAccountRepository accounts,
            Clock clock,
            @Value("${jesr.security.max-failed-logins:5}") int maxFailures,
            @Value("${jesr.security.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** The attempt was taken when the account was loaded; once the last one fails, the account is locked. */
    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (accounts.lockIfSpent(username, clock.instant().plus(lockDuration), maxFailures) == 1) {
            log.warn("Account '{}' locked for {} after {} failed logins", username, lockDuration, maxFailures);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.clearAttempts(event.getAuthentication().getName());
    }
}
