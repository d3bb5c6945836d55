package org.jesr.desk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jesr.desk.IntegrationTest;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.SystemAuthentication;
import org.jesr.desk.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Drives the same user-details service, password encoder and event publisher the
 * sign-in form uses; the browser test checks the form itself.
 */
class LoginLockoutIT extends IntegrationTest {

    @Autowired
    AccountDetailsService details;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    UserAccountService service;

    @Autowired
    UserAccountRepository accounts;

    ProviderManager authentication;

    @BeforeEach
    void anAccount() {
        SystemAuthentication.runAsSystem(() -> service.createDemoAccount(
                "rapporteur", "right-password", "Imran Soomro", java.util.EnumSet.of(Role.RAPPORTEUR), "en"));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
    }

    @Test
    void a_demo_account_made_from_its_stored_hash_signs_in_and_a_malformed_hash_is_refused() {
        String hash = encoder.encode("stored-hash-password");
        SystemAuthentication.runAsSystem(() -> service.createDemoAccount(
                "from-hash", "ignored", hash, "From Hash", java.util.EnumSet.of(Role.OBSERVER), "en"));

        assertThat(authentication
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "from-hash", "stored-hash-password"))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> service.createDemoAccount(
                        "bad-hash", "x", "not-a-hash", "Bad Hash", java.util.EnumSet.of(Role.OBSERVER), "en")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.findByUsernameIgnoreCase("bad-hash")).isEmpty();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("right-password")).isInstanceOf(LockedException.class);
        assertThat(accounts.findByUsernameIgnoreCase("rapporteur").orElseThrow().getLockedUntil())
                .isNotNull();
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("right-password").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);

        assertThat(signIn("right-password").isAuthenticated()).isTrue();
    }

    @Test
    void an_admin_can_unlock_a_locked_account() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        long id = accounts.findByUsernameIgnoreCase("rapporteur").orElseThrow().getId();
        SystemAuthentication.runAsSystem(() -> {
            service.unlock(id);
            return null;
        });

        assertThat(signIn("right-password").isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("rapporteur", password));
    }
}
