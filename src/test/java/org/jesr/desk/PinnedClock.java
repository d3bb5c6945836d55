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
 * The clock of the UI tests and the integration tests. The sample review has fixed days (7 to 9 December
 * 2026), and what a screen shows depends on where today falls: the agenda opens on today during the
 * review and on its first day before it, the overview shows "now" instead of "next". So each test
 * context's clock starts at {@link #BEFORE_THE_SAMPLE} and runs on from there, never back (a test's
 * change must stay later than the sample's own); a test about another moment pins it. On the real
 * clock, eight UI tests failed once the real date reached the review days (found by running the
 * suite under libfaketime as if on 8 December), and as if in January 2027 an integration test did.
 * {@link KaribuTest} and {@link IntegrationTest} release a pinned clock after every test.
 */
public final class PinnedClock extends Clock {

    /** Midday in Karachi, 1 December 2026: the week before the sample review. */
    public static final Instant BEFORE_THE_SAMPLE = Instant.parse("2026-12-01T07:00:00Z");

    private volatile @Nullable Instant pinned;
    private final long startedAt = System.nanoTime();

    /** Stops the clock at this instant until {@link #release()}. */
    public void pin(Instant instant) {
        pinned = instant;
    }

    /** Back to the running clock. */
    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : BEFORE_THE_SAMPLE.plusNanos(System.nanoTime() - startedAt);
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
