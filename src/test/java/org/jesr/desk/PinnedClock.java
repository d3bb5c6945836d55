package org.jesr.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the UI tests and the mail tests: the system's, until a test pins it. A test about
 * "today" pins it, so that it does not fail in the evening when "in two hours" is tomorrow in
 * Karachi, or once the real date nears the sample review's fixed days. {@link KaribuTest} and
 * {@link MailIntegrationTest} let go of it after every test.
 */
public final class PinnedClock extends Clock {

    private volatile @Nullable Instant pinned;

    public void pin(Instant instant) {
        pinned = instant;
    }

    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public Instant instant() {
                return PinnedClock.this.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return PinnedClock.this.withZone(other);
            }
        };
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        PinnedClock pinnedClock() {
            return new PinnedClock();
        }
    }
}
