package org.jesr.desk.base;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BaseConfiguration.class);

    /**
     * One clock for every rule that depends on "now", so tests can pin time. {@code jesr.clock.shift}
     * moves it for a dress rehearsal (the live agenda a week early, as on the day) and for the browser
     * tests, whose sample review has fixed days: what a screen shows depends on where today falls.
     */
    @Bean
    Clock clock(@Value("${jesr.clock.shift:0s}") Duration shift) {
        if (shift.isZero()) {
            return Clock.systemUTC();
        }
        log.warn("The clock runs {} away from the real time (jesr.clock.shift): for rehearsals and tests only", shift);
        return Clock.offset(Clock.systemUTC(), shift);
    }
}
