package org.jesr.desk;

import java.util.Arrays;
import java.util.List;
import org.jesr.desk.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The one way a test acts as someone, for service tests ({@link IntegrationTest}) and screen tests
 * ({@link KaribuSupport}) alike: the account's roles and what they imply, as the real sign-in grants.
 */
public final class SignIn {

    private SignIn() {}

    /** Signs in on this thread until the test ends (or signs in as someone else). */
    public static UsernamePasswordAuthenticationToken as(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .flatMap(role -> role.implied().stream())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .distinct()
                .toList();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "n/a", authorities), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        return token;
    }

    /** Nobody signed in, as the real filter chain presents it: an anonymous token, so permitAll() methods answer. */
    public static void anonymous() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "test", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    }
}
