package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;

class ClockShiftTest {

    private final BaseConfiguration configuration = new BaseConfiguration();

    @Test
    void without_a_shift_the_clock_is_the_real_one() {
        Instant before = Instant.now();
        Instant now = configuration.clock(Duration.ZERO).instant();

        assertThat(now).isBetween(before, Instant.now());
    }

    @Test
    void a_shift_as_the_browser_tests_write_it_moves_the_clock_and_it_keeps_running() throws InterruptedException {
        // Written as TrainedJar writes it, read as Spring reads a property into a Duration.
        Duration shift = ApplicationConversionService.getSharedInstance().convert("-345600s", Duration.class);
        Clock clock = configuration.clock(shift);

        Instant first = clock.instant();
        Thread.sleep(5);
        Instant second = clock.instant();

        assertThat(Duration.between(Instant.now(), first).toDays()).isEqualTo(-4);
        assertThat(second).isAfter(first);
    }
}
