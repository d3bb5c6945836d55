package org.jesr.desk.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets start-up jobs (sample data, scheduled tasks) call the secured services as a
 * named system actor, so the services need no unsecured back door.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USER = "system";

    private SystemAuthentication() {}

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(SYSTEM_USER, List.of(AppRoles.ADMIN, AppRoles.ORGANIZER), work);
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Acts as one named user with one role, so the sample review's comments and inputs carry
     * the demo accounts' names, exactly as if those users had typed them.
     */
    public static <T> T runAs(String username, String role, Supplier<T> work) {
        return runAs(username, List.of(role), work);
    }

    private static <T> T runAs(String username, List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
