package org.jesr.desk.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the app's pages, for links that leave the screen: printed invitation
 * sheets, QR codes, e-mails. JESR_PUBLIC_URL names the address people use (behind a reverse proxy
 * the request's own host and port are the proxy's inside view); without it the request's is used.
 */
@Component
public class PublicUrls {

    private final String configured;

    PublicUrls(@Value("${jesr.public-url:}") String configured) {
        this.configured = configured.isBlank() || configured.endsWith("/") ? configured : configured + "/";
    }

    public String absolute(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    private String base() {
        if (!configured.isBlank()) {
            return configured;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        // Behind a proxy, Tomcat has already put the forwarded scheme, host and port here
        // (server.forward-headers-strategy=native); a scheme's own port is left out, as people write it.
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = port == ("https".equals(http.getScheme()) ? 443 : 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                + "/";
    }
}
