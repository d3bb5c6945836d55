package org.jesr.desk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request once its account is disabled, deleted or given other
 * roles: the roles a session carries were read at sign-in, and a demoted organizer must not keep
 * the agenda editor open until the session times out. The account is read from the database on
 * every request, so a change made on any node of a cluster takes effect at once. The request then
 * goes on as nobody's: a page asks to sign in again, and Vaadin tells an open tab its session ended.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStandingFilter.class);

    private final UserAccountRepository accounts;
    private final TransactionTemplate readOnly;

    AccountStandingFilter(UserAccountRepository accounts, TransactionTemplate readOnly) {
        this.accounts = accounts;
        this.readOnly = readOnly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && request.getSession(false) != null
                && !standsAsSignedIn(authentication)) {
            log.info(
                    "Ending the session of {}: the account was disabled or its roles changed",
                    authentication.getName());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean standsAsSignedIn(Authentication authentication) {
        // Roles only: Spring Security also records how the user signed in ("FACTOR_PASSWORD").
        Set<String> signedInWith = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
        Optional<Set<String>> now =
                readOnly.execute(status -> accounts.findByUsernameIgnoreCase(authentication.getName())
                        .filter(UserAccount::isEnabled)
                        .map(account -> AccountDetailsService.authorities(account.getRoles()).stream()
                                .map(GrantedAuthority::getAuthority)
                                .collect(Collectors.toSet())));
        return now != null && now.isPresent() && now.get().equals(signedInWith);
    }
}
