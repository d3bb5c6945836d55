package org.jesr.desk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Push WebSockets are opened without compression: the browser's offer of {@code permessage-deflate}
 * is hidden from Tomcat's WebSocket upgrade, which then answers without the extension.
 *
 * <p>Every compressed socket holds a 32 KB inflater window on the heap for as long as the tab is
 * open (a heap dump of the benchmark's Chromium observers, decision 0014), and zlib's deflate and
 * inflate state, some 300 KB, outside it: for 500 open tabs, 16 MB of heap and about 150 MB of
 * native memory. What it would save is small: push carries short changes to the page; pages,
 * scripts and styles travel over HTTP, which this does not touch.
 */
@Configuration(proxyBeanMethods = false)
class NoPushCompression {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noPushCompressionFilter() {
        // Registered before Tomcat's own WebSocket filter, which performs the upgrade.
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new HideExtensions());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setMatchAfter(false);
        return registration;
    }

    static final class HideExtensions extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public @Nullable String getHeader(String name) {
                            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
                        }

                        @Override
                        public Enumeration<String> getHeaders(String name) {
                            return EXTENSIONS.equalsIgnoreCase(name)
                                    ? Collections.emptyEnumeration()
                                    : super.getHeaders(name);
                        }

                        @Override
                        public Enumeration<String> getHeaderNames() {
                            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                                    .filter(header -> !EXTENSIONS.equalsIgnoreCase(header))
                                    .toList());
                        }
                    },
                    response);
        }
    }
}
