package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are chosen by their holders, through single-use links that expire, and must not be guessable. */
class PasswordAndInvitationIT extends IntegrationTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_password_must_be_long_and_not_a_common_one_dressed_up() {
        assertRefused("short-pass1", "user.error.password-too-short");
        assertRefused("password1234", "user.error.password-common");
        assertRefused("Qwertyuiop12!", "user.error.password-common");
        assertRefused("123456789012345", "user.error.password-common");
        assertRefused("aaaaaaaaaaaaaaaa", "user.error.password-common");
        assertRefused("my-name-is-sana.memon", "user.error.password-common");
        assertThatCode(() -> PasswordRules.check("tea garden river lamp", "sana.memon"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("Indus-delta-2027-review", "sana.memon"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_new_account_has_no_usable_password_until_its_holder_follows_the_single_use_link() {
        signInAs("admin", Role.ADMIN);
        UserSummary sana = newAccount("sana.memon");
        IssuedInvitation link = invitations.issue(sana.id());
        assertThat(link.expiresAt())
                .isBetween(
                        clock.instant().plus(6, ChronoUnit.DAYS),
                        clock.instant().plus(8, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select token_hash from invitation", String.class))
                .doesNotContain(link.token());
        signOut();

        assertThat(invitations.holder(link.token()))
                .get()
                .extracting(UserSummary::username)
                .isEqualTo("sana.memon");
        assertThatThrownBy(() -> invitations.redeem(link.token(), "password1234"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("user.error.password-common"));
        invitations.redeem(link.token(), "tea garden river lamp");

        assertThat(encoder.matches("tea garden river lamp", hash("sana.memon"))).isTrue();
        assertThat(invitations.holder(link.token())).isEmpty();
        assertThatThrownBy(() -> invitations.redeem(link.token(), "another long passphrase"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("invitation.error.invalid"));
        assertThat(encoder.matches("tea garden river lamp", hash("sana.memon"))).isTrue();
    }

    @Test
    void a_link_expires_after_seven_days_and_a_newer_link_replaces_the_older_one() {
        signInAs("admin", Role.ADMIN);
        UserSummary imran = newAccount("imran.soomro");
        IssuedInvitation first = invitations.issue(imran.id());
        IssuedInvitation second = invitations.issue(imran.id());
        signOut();

        assertThat(invitations.holder(first.token())).isEmpty();
        assertThat(invitations.holder(second.token())).isPresent();
        jdbc.update(
                "update invitation set expires_at = ? where used_at is null",
                Timestamp.from(clock.instant().minusSeconds(1)));
        assertThat(invitations.holder(second.token())).isEmpty();
        assertThatThrownBy(() -> invitations.redeem(second.token(), "tea garden river lamp"))
                .isInstanceOf(TranslatedException.class);
        assertThat(invitations.holder("not-a-token")).isEmpty();
    }

    @Test
    void an_organizer_invites_participants_but_cannot_reset_an_admin_or_make_one() {
        signInAs("admin", Role.ADMIN);
        UserForm form = new UserForm();
        form.setUsername("second-admin");
        form.setDisplayName("Second admin");
        form.setRoles(EnumSet.of(Role.ADMIN));
        UserSummary admin = accounts.save(form);
        signInAs("organizer", Role.ORGANIZER);

        assertThatThrownBy(() -> invitations.issue(admin.id()))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("invitation.error.admin-only"));
        assertThatThrownBy(() -> accounts.ensureAccount("x@example.org", "X", Role.ADMIN, "en"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("user.error.role-not-grantable"));
        signInAs("rapporteur", Role.RAPPORTEUR);
        assertThatThrownBy(() -> invitations.issue(admin.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void users_change_their_own_password_knowing_the_current_one() {
        signInAs("admin", Role.ADMIN);
        UserForm form = new UserForm();
        form.setUsername("ayesha");
        form.setDisplayName("Ayesha Khan");
        form.setRoles(EnumSet.of(Role.CONTRIBUTOR));
        form.setNewPassword("first long passphrase");
        accounts.save(form);
        signInAs("ayesha", Role.CONTRIBUTOR);

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "second long passphrase"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("user.error.current-password"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("first long passphrase", "sunshine2024!"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("user.error.password-common"));
        accounts.changeOwnPassword("first long passphrase", "second long passphrase");
        assertThat(encoder.matches("second long passphrase", hash("ayesha"))).isTrue();
    }

    private UserSummary newAccount(String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(username);
        form.setRoles(EnumSet.of(Role.RAPPORTEUR));
        return accounts.save(form);
    }

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordRules.check(password, "sana.memon"))
                .as(password)
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
