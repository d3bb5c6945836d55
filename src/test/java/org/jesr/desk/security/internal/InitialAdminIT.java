package org.jesr.desk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jesr.desk.IntegrationTest;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class InitialAdminIT extends IntegrationTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void without_sample_data_the_first_start_creates_one_admin_with_the_configured_password() {
        new InitialAdmin(accounts, encoder, "a-strong-secret").run(null);

        assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(encoder.matches("a-strong-secret", admin.getPasswordHash()))
                    .isTrue();
        });
    }

    @Test
    void without_a_configured_password_one_is_generated_and_a_second_start_adds_nobody() {
        new InitialAdmin(accounts, encoder, "").run(null);
        new InitialAdmin(accounts, encoder, "").run(null);

        assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getPasswordHash()).startsWith("$2a$");
            assertThat(encoder.matches("", admin.getPasswordHash())).isFalse();
        });
    }
}
