package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The real sign-in endpoint of the packaged app, spoken to as a browser's form post. */
class LoginFormBrowserIT extends BrowserTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void repeated_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused() throws Exception {
        createAccount("lockout-test", "mango-orchard-sunrise", "Rapporteur");
        assertThat(post("lockout-test", "mango-orchard-sunrise")).doesNotContain("error");
        for (int i = 0; i < 5; i++) {
            assertThat(post("lockout-test", "guess-" + i)).endsWith("/login?error");
        }

        assertThat(post("lockout-test", "mango-orchard-sunrise")).endsWith("/login?error");
    }

    @Test
    void health_probes_answer_without_signing_in() throws Exception {
        for (String probe : new String[] {"actuator/health/liveness", "actuator/health/readiness"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(app.url(probe))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
        }
    }

    private String post(String username, String password) {
        HttpResponse<Void> response = SessionCookie.post(app.url("login"), username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }
}
