package org.jesr.desk.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.jesr.desk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a fresh installation can be entered: if no account exists after the
 * sample data had its turn, one admin is created. Its password comes from
 * JESR_ADMIN_PASSWORD or is generated and logged once.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    InitialAdmin(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            @Value("${JESR_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        UserAccount admin = new UserAccount();
        admin.setUsername("admin");
        admin.setDisplayName("Administrator");
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setPasswordHash(encoder.encode(password));
        accounts.save(admin);
        if (generated) {
            log.warn(
                    "Created the first account 'admin' with the generated password: {}  (change it after signing in)",
                    password);
        } else {
            log.info("Created the first account 'admin' with the password from JESR_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
