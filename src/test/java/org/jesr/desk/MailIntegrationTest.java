package org.jesr.desk;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that read the e-mails the app sends, to an embedded SMTP server.
 * The mail settings are declared here once, not in each class, because Spring keys its cached
 * application contexts by them: each class declaring its own started a context of its own (three
 * where one does). The port is chosen once per test JVM, as the two Failsafe JVMs run at once.
 */
public abstract class MailIntegrationTest extends IntegrationTest {

    protected static final ServerSetup SMTP_SERVER = TestSmtp.onAFreePort();

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SERVER);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_SERVER);
    }
}
