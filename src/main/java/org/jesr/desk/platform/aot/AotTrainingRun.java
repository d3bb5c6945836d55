package org.jesr.desk.platform.aot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run for the JDK's AOT cache ({@code -XX:AOTCacheOutput}; README, "Faster start"):
 * with {@code jesr.aot.training=true} the app starts as usual, serves its sign-in page once, then
 * stops, and the JDK writes the cache as it exits.
 *
 * <p>Spring's own {@code -Dspring.context.exit=onRefresh} stops before the web server has started
 * and before the start-up runners, so the classes loaded from there to readiness, and those that
 * answer the first visitor, were missing from the cache. On the 2-core benchmark machine a cache from
 * this run gave readiness about half a second sooner (decision 0015).
 */
@Component
@ConditionalOnProperty(name = "jesr.aot.training", havingValue = "true")
class AotTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void serveOnceThenStop(ApplicationReadyEvent ready) {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        Environment environment = context.getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                HttpResponse<Void> page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("AOT training run: the sign-in page answered {}", page.statusCode());
            } catch (Exception e) {
                log.warn(
                        "AOT training run: the sign-in page did not answer ({}); the cache covers start-up only",
                        e.toString());
            }
        }
        // Not from this listener's thread: closing the context waits for the start-up that is still running it.
        Thread stop = new Thread(() -> System.exit(SpringApplication.exit(context)), "aot-training-exit");
        stop.start();
    }
}
