package org.jesr.desk;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded SMTP server (GreenMail) for tests that read the e-mails the app sends. Integration-test
 * classes run in two JVMs at once, so two servers must never share a port: the integration tests take
 * one free port per JVM ({@link MailIntegrationTest}), the others a fixed port of their own.
 */
public final class TestSmtp {

    private TestSmtp() {}

    public static ServerSetup on(int port) {
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** On a port that was free a moment ago: one per test JVM, where two JVMs run at once. */
    public static ServerSetup onAFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return on(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the app's mail at that server, with no TLS, and leaves sending to the test (the sender waits an hour). */
    public static void register(DynamicPropertyRegistry registry, ServerSetup setup) {
        registry.add("spring.mail.host", setup::getBindAddress);
        registry.add("spring.mail.port", setup::getPort);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("jesr.mail.send-every", () -> "1h");
    }
}
