package org.jesr.desk.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BaseConfiguration {

    /** One clock for every rule that depends on "now", so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
