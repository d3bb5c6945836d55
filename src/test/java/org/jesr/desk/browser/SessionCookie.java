package org.jesr.desk.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Signs in over plain HTTP, as the login form posts, and returns the new session's cookie value for a
 * browser to carry. Redirects are not followed: the first page request must come from the browser,
 * which is where the app reads the language the page opens in.
 */
final class SessionCookie {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SessionCookie() {}

    static String signIn(String loginUrl, String username, String password) {
        HttpResponse<Void> response = post(loginUrl, username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError(
                    "sign-in as " + username + " refused: " + response.statusCode() + " to '" + location + "'");
        }
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("sign-in as " + username + " set no session cookie"));
    }

    /** The login form's post, answered as it is: a redirect to the app, or back to the form with an error. */
    static HttpResponse<Void> post(String loginUrl, String username, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(loginUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + encode(username) + "&password=" + encode(password)))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("could not reach " + loginUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
