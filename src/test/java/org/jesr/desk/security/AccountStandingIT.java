package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 19, finding 2, over real HTTP on a real Tomcat: an account disabled or given other roles
 * loses its open session on the next request, and a disabled account's personal feed stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jesr.sample-data.load=false")
@ActiveProfiles("test")
class AccountStandingIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        IntegrationTest.ownDatabase(registry, "account_standing");
    }

    private static final String PASSWORD = "tamarind courtyard lantern";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    java.util.concurrent.atomic.AtomicInteger passwordChecks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_disabled_account_loses_its_open_session_on_the_next_request() throws Exception {
        UserSummary organizer = account("zainab.organizer", Role.ORGANIZER);
        HttpClient browser = signedIn("zainab.organizer");
        assertThat(get(browser, "agenda/edit").statusCode()).isEqualTo(200);

        UserForm form = UserForm.of(accounts.findById(organizer.id()).orElseThrow());
        form.setEnabled(false);
        accounts.save(form);

        HttpResponse<String> after = get(browser, "agenda/edit");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void an_organizer_made_observer_is_signed_out_and_signs_in_again_as_an_observer() throws Exception {
        UserSummary organizer = account("bilal.organizer", Role.ORGANIZER);
        HttpClient browser = signedIn("bilal.organizer");
        assertThat(get(browser, "agenda/edit").statusCode()).isEqualTo(200);

        UserForm form = UserForm.of(accounts.findById(organizer.id()).orElseThrow());
        form.setRoles(EnumSet.of(Role.OBSERVER));
        accounts.save(form);

        HttpResponse<String> after = get(browser, "agenda/edit");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // Unchanged accounts keep their sessions: the check compares, it does not sign everyone out.
        HttpClient other = signedIn(account("nadia.organizer", Role.ORGANIZER).username());
        assertThat(get(other, "agenda/edit").statusCode()).isEqualTo(200);
        assertThat(get(other, "agenda/edit").statusCode()).isEqualTo(200);
    }

    @Test
    void twenty_simultaneous_wrong_passwords_get_five_checks_no_server_error_and_a_locked_account() throws Exception {
        account("farah.target", Role.OBSERVER);
        int before = passwordChecks.get();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return postLogin(
                                HttpClient.newBuilder()
                                        .cookieHandler(new CookieManager())
                                        .followRedirects(HttpClient.Redirect.NEVER)
                                        .build(),
                                "farah.target",
                                "wrong guess number " + Thread.currentThread().getId())
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).as("no attempt ends in a server error").containsOnly(302);
        assertThat(passwordChecks.get() - before)
                .as("passwords actually checked")
                .isEqualTo(5);
        HttpResponse<String> rightPassword = postLogin(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                "farah.target",
                PASSWORD);
        assertThat(rightPassword.headers().firstValue("Location").orElseThrow())
                .as("locked, even with the right password")
                .contains("error");
    }

    /** Counts the sign-ins whose password was checked and found wrong (a locked account's are not checked). */
    @org.springframework.boot.test.context.TestConfiguration
    static class PasswordChecks {
        @org.springframework.context.annotation.Bean
        java.util.concurrent.atomic.AtomicInteger passwordChecks() {
            return new java.util.concurrent.atomic.AtomicInteger();
        }

        @org.springframework.context.event.EventListener
        void on(org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent event) {
            passwordChecks().incrementAndGet();
        }
    }

    @Test
    void a_page_and_a_download_carry_the_hardening_headers_and_no_session_in_the_url() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> redirect = get(browser, "agenda/edit");
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");

        for (String path : List.of("login", "ical/review.ics")) {
            HttpResponse<String> response = get(browser, path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
        HttpResponse<String> fresh = get(
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                "login");
        assertThat(fresh.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
        // Behind a TLS proxy on the same host, the cookie is marked Secure.
        HttpResponse<String> behindTls = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(url("login"))
                                .header("X-Forwarded-Proto", "https")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(behindTls.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure"));
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        account("omar.observer", Role.OBSERVER);
        String form = "username=omar.observer&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        for (String[] header : List.of(
                new String[] {"Origin", "https://evil.example"}, new String[] {"Sec-Fetch-Site", "cross-site"})) {
            HttpResponse<String> refused = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(url("login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header(header[0], header[1])
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(header[0]).isEqualTo(403);
        }
        HttpResponse<String> own = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(url("login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", "http://localhost:" + port)
                                .header("Sec-Fetch-Site", "same-origin")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private UserSummary account(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.createDemoAccount(username, PASSWORD, username, EnumSet.of(role), "en"));
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        get(browser, "login");
        HttpResponse<String> login = postLogin(browser, username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private HttpResponse<String> postLogin(HttpClient browser, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(url("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
