package org.jesr.desk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.mock.web.MockHttpServletRequest;

/** The addresses printed on QR codes and invitation sheets are the ones people can reach. */
// With the UI tests, one at a time: Vaadin's mock state is bound to the thread (decision 0029).
@Execution(ExecutionMode.SAME_THREAD)
class PublicUrlsTest {

    @AfterEach
    void forgetTheRequest() {
        CurrentInstance.clearAll();
    }

    @Test
    void the_configured_public_address_wins_over_the_request() {
        arrive("http", "10.0.0.5", 8080);

        assertThat(new PublicUrls("https://jsr.sindh.gov.pk/review").absolute("checkin/42"))
                .isEqualTo("https://jsr.sindh.gov.pk/review/checkin/42");
    }

    @Test
    void behind_a_tls_proxy_the_forwarded_host_is_used_without_its_default_port() {
        // What Tomcat makes of X-Forwarded-Proto: https and X-Forwarded-Host: jsr.example.org.
        arrive("https", "jsr.example.org", 443);

        assertThat(new PublicUrls("").absolute("/checkin/42")).isEqualTo("https://jsr.example.org/checkin/42");
    }

    @Test
    void a_laptop_on_the_venue_network_keeps_its_port() {
        arrive("http", "192.168.1.20", 8080);

        assertThat(new PublicUrls("").absolute("checkin/42")).isEqualTo("http://192.168.1.20:8080/checkin/42");
    }

    private static void arrive(String scheme, String host, int port) {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/");
        http.setScheme(scheme);
        http.setServerName(host);
        http.setServerPort(port);
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(http, null));
    }
}
