package org.jesr.desk.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jesr.desk.security.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security; a locked account is refused even with the right password. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = account.getLockedUntil() != null && account.getLockedUntil().isAfter(clock.instant());
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authorities(account.getRoles()))
                .disabled(!account.isEnabled())
                .accountLocked(locked)
                .build();
    }

    static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        roles.forEach(role -> effective.addAll(role.implied()));
        return effective.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }
}
