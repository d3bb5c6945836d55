package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 19, finding 13: started as a deployment starts it, with no setting about the sample, the
 * app is empty, holds no account with a known password, and has its one generated admin.
 */
@SpringBootTest
@ActiveProfiles("test")
class DefaultStartIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        IntegrationTest.ownDatabase(registry, "default_start");
    }

    @Autowired
    UserAccountService accounts;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_deployment_starts_empty_with_its_own_admin_and_no_demo_accounts() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));

        assertThat(accounts.demoAccountsExist()).isFalse();
        assertThat(reviews.count()).isZero();
        assertThat(accounts.findByUsername("admin"))
                .get()
                .satisfies(admin -> assertThat(admin.roles()).contains(Role.ADMIN));
        assertThat(accounts.findByUsername("organizer")).as("no demo account").isEmpty();
    }
}
