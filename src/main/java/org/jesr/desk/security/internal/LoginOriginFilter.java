package org.jesr.desk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing the visitor in as
 * the attacker, so what they type next lands in the attacker's account). Vaadin's login form posts
 * without Spring's CSRF token, so the browser's own word is used: Sec-Fetch-Site, and Origin where
 * it is sent. A request with neither (curl, old browsers) comes from no page at all and goes on.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's servlet takes every path, so the servlet path is empty: compare the whole URI.
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean foreign = (site != null && !site.equals("same-origin") && !site.equals("none"))
                || (origin != null && !sameOrigin(origin, request));
        if (foreign) {
            // Not sendError: its error page would be served through the sign-in redirect instead.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: it was not sent from this site's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : ("https".equals(from.getScheme()) ? 443 : 80);
            return request.getScheme().equals(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
