package org.jesr.desk.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jesr.desk.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security. Each sign-in takes one of the account's attempts before its
 * password is checked, in one atomic update: twenty simultaneous guesses get the five attempts
 * allowed and fifteen "locked" answers, never twenty password checks or a write
 * conflict. A locked account is refused even with the right password; {@link LoginAttempts} gives
 * the attempt back on success and locks the account once they are spent.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;

    AccountDetailsService(
            UserAccountRepository accounts,
            Clock clock,
            @Value("${jesr.security.max-failed-logins:5}") int maxFailures) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    @Override
    @Transactional
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                accounts.findByUsernameIgnoreCase(username).orElseThrow(() -> new UsernameNotFoundException(username));
        // Read everything first: taking the attempt clears the persistence context.
        User.UserBuilder user = User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authorities(account.getRoles()))
                .disabled(!account.isEnabled());
        boolean locked = accounts.takeAttempt(account.getUsername(), clock.instant(), maxFailures) == 0;
        return user.accountLocked(locked).build();
    }

    static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        roles.forEach(role -> effective.addAll(role.implied()));
        return effective.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
