package org.jesr.desk.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * The strictest policy the app runs under (docs/decisions/0017): everything from this origin only,
     * no plug-ins, no framing by other sites, forms posting only here. Vaadin needs inline styles
     * (Lumo and its components set style attributes) and, for its server-side JavaScript calls
     * (executeJs, which the grid and dialogs use), 'unsafe-eval'; its bootstrap page has an inline
     * script. Images may be data: URIs (icons, QR codes).
     */
    static String contentSecurityPolicy(String mapTiles) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tileOrigin(mapTiles)
                + "; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    /**
     * The map tile server's origin for img-src (the field-visit map, issue 22), from its URL template:
     * "https://{s}.tile.example.org/{z}/{x}/{y}.png" admits "https://*.tile.example.org". None when unset.
     */
    static String tileOrigin(String template) {
        var origin = java.util.regex.Pattern.compile("(https://)([^/]+)").matcher(template.strip());
        if (!origin.lookingAt()) {
            return "";
        }
        String host = origin.group(2).replaceAll("\\{[a-z]+\\}", "*");
        return host.matches("[*A-Za-z0-9.-]+(:\\d+)?") ? " " + origin.group(1) + host : "";
    }

    /**
     * The field kit's JSON API (/api/**) signs in with the same session as the screens and checks the
     * same CSRF token, but answers a missing sign-in with 401 and a refusal with 403, as JSON in the
     * caller's language, instead of sending a browser to the login page: the kit, offline-first, asks
     * the member to sign in and keeps its outbox meanwhile.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            UserAccountRepository accounts,
            PlatformTransactionManager transactions,
            AppI18nProvider i18n,
            JsonMapper json)
            throws Exception {
        ApiRefusal refusal = new ApiRefusal(i18n, json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                        // The kit sends the token as /api/v1/session gave it, not masked per request.
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> refusal.write(
                                request, response, HttpServletResponse.SC_UNAUTHORIZED, "kit.error.sign-in"))
                        .accessDeniedHandler((request, response, e) -> refusal.write(
                                request,
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                e instanceof CsrfException ? "kit.error.csrf" : "kit.error.not-on-team")));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        http.addFilterAfter(new AccountStandingFilter(accounts, readOnly), SecurityContextHolderFilter.class);
        http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserAccountRepository accounts,
            PlatformTransactionManager transactions,
            @Value("${jesr.map.tiles:}") String mapTiles)
            throws Exception {
        // Health probes must answer before anyone signs in: Docker and load balancers call them.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/icons/**", "/images/**", "/styles.css")
                .permitAll()
                // The offline field kit's own files: it must open with no session (its data needs one).
                .requestMatchers("/kit/**")
                .permitAll()
                // Calendar apps fetch feeds without a session; the personal feed is guarded by its secret token.
                .requestMatchers("/ical/**")
                .permitAll()
                // A review's public page is opt-in per review; the controller answers 404 while it is off.
                .requestMatchers("/public/**")
                .permitAll()
                // A circulated version's single-recipient link: its token is the permission, and it expires.
                .requestMatchers("/circulated/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        http.addFilterAfter(new AccountStandingFilter(accounts, readOnly), SecurityContextHolderFilter.class);
        http.addFilterBefore(new LoginOriginFilter(), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .cacheControl(Customizer.withDefaults())
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(mapTiles)))
                // Vaadin commits its pages past the filter's response wrapper, which then cannot add
                // headers any more: write them first (a static file's own caching headers replace them).
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
