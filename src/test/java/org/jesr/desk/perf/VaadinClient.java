package org.jesr.desk.perf;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser tab, as far as the server can tell: it signs in through the login form, opens a
 * route the way Flow's client does (the init request, then the ui-navigate event with the CSRF
 * token, syncId and clientId), opens the push WebSocket with Atmosphere's parameters, and sends
 * heartbeats. Every push message is timestamped on arrival. It renders nothing.
 */
final class VaadinClient implements AutoCloseable {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern PAGE_ARRIVED =
            Pattern.compile("\\[\\{\"@v-node\":(\\d+)},\"[^\"]*\\$server\\.pageArrived\\(\\)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final List<Long> pushArrivals = new CopyOnWriteArrayList<>();
    private final StringBuilder frame = new StringBuilder();
    private int uiId;
    private String csrf = "";
    private String pushId = "";
    private int syncId;
    private int clientId;
    private WebSocket socket;

    /** A builder of its own: a shared one, given each tab's cookies in turn, once mixed two tabs' sign-ins. */
    VaadinClient(String base, java.util.concurrent.Executor shared) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .executor(shared)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
    }

    /** Opens a route as the browser would: bootstrap, init, then navigation; answers the view's UIDL. */
    String open(String route) throws IOException, InterruptedException {
        String init = http.send(
                        HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + route + "&query="))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        uiId = Integer.parseInt(find(UI_ID, init));
        csrf = find(CSRF, init);
        pushId = find(PUSH_ID, init);
        syncId = Integer.parseInt(find(SYNC_ID, init));
        clientId = 0;
        String page = rpc("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        // What the browser does when it runs the layout's script: acknowledge that the page arrived.
        Matcher arrived = PAGE_ARRIVED.matcher(page);
        if (arrived.find()) {
            rpc("[{\"type\":\"publishedEventHandler\",\"node\":" + arrived.group(1)
                    + ",\"templateEventMethodName\":\"pageArrived\",\"templateEventMethodArgs\":[],\"promise\":0}]");
        }
        return page;
    }

    /** Sends client-to-server calls (XHR, as Flow does with push on) and answers the server's UIDL. */
    synchronized String rpc(String calls) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":" + calls + ",\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode());
        }
        String uidl = response.body();
        Matcher sync = SYNC_ID.matcher(uidl);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        clientId++;
        return uidl;
    }

    void connectPush() {
        String cookie = cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        String url = base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        socket = http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        long now = System.nanoTime();
                        frame.append(data);
                        if (last) {
                            String message = frame.toString();
                            frame.setLength(0);
                            // Atmosphere's first frame is its handshake (tracking id); UIDL frames carry a syncId.
                            if (message.contains("\"syncId\"")) {
                                pushArrivals.add(now);
                            }
                        }
                        ws.request(1);
                        return null;
                    }
                })
                .join();
    }

    void heartbeat() throws IOException, InterruptedException {
        http.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** When push messages arrived (System.nanoTime), oldest first. */
    List<Long> pushArrivals() {
        return pushArrivals;
    }

    /** Closes the tab: the WebSocket goes, and the unload beacon tells the server the UI is gone. */
    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
            }
            unload();
        } catch (IOException | RuntimeException e) {
            // the server may already have let the UI go
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Flow's page-hide beacon: an empty message marked UNLOAD, after which the server drops the UI. */
    private synchronized void unload() throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId
                + ",\"UNLOAD\":true}";
        http.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in the server's answer: " + pattern);
        }
        return matcher.group(1);
    }
}
