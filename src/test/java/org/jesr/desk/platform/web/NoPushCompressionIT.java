package org.jesr.desk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser offers WebSocket compression when it opens the push socket; the server must open the
 * socket without it (see {@link NoPushCompression}). The handshake is written by hand, as Chromium
 * sends it, because Java's WebSocket client may not set the extensions header.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jesr.sample-data.load=false", "spring.datasource.url=jdbc:h2:mem:no-push-compression"})
@ActiveProfiles("test")
class NoPushCompressionIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void the_push_socket_opens_without_the_compression_the_browser_offers() throws Exception {
        List<String> answer = handshake("/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket");

        assertThat(answer.getFirst()).contains(" 101 ");
        assertThat(answer).noneMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    private List<String> handshake(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n"
                            + "Host: localhost:" + port + "\r\n"
                            + "Upgrade: websocket\r\n"
                            + "Connection: Upgrade\r\n"
                            + "Origin: http://localhost:" + port + "\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            + "Sec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
