package org.jesr.desk.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jesr.desk.Application;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.SystemAuthentication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app nodes on one PostgreSQL (embedded, real): an organizer's change on node A reaches a
 * screen listening on node B through LISTEN/NOTIFY, and a screen on A hears it once, not twice.
 */
class ClusterRelayIT {

    @Test
    void a_change_on_one_node_reaches_a_screen_on_the_other_through_postgresql() throws Exception {
        // A PostgreSQL test: it runs in the PostgreSQL pass of the integration tests (it starts its own server).
        Assumptions.assumeTrue("postgres".equals(System.getProperty("jesr.it.database")), "PostgreSQL pass only");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext a = node(url, "a", true);
                    ConfigurableApplicationContext b = node(url, "b", false)) {
                MockVaadin.setup();
                try {
                    UI screen = UI.getCurrent();
                    List<AgendaChanged> onB = new CopyOnWriteArrayList<>();
                    List<AgendaChanged> onA = new CopyOnWriteArrayList<>();
                    b.getBean(LiveUpdates.class).subscribe(screen, AgendaChanged.class, onB::add);
                    a.getBean(LiveUpdates.class).subscribe(screen, AgendaChanged.class, onA::add);

                    useSecurityOf(a);
                    long session = SystemAuthentication.runAsSystem(() -> {
                        long review = a.getBean(ReviewService.class)
                                .current()
                                .orElseThrow()
                                .getId();
                        AgendaSession opening = a.getBean(AgendaService.class)
                                .sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null))
                                .getFirst();
                        a.getBean(LiveControlService.class).postpone(opening.getId());
                        return opening.getId();
                    });

                    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
                    while (onB.isEmpty() && Instant.now().isBefore(deadline)) {
                        MockVaadin.runUIQueue();
                        Thread.sleep(20);
                    }
                    Thread.sleep(500);
                    MockVaadin.runUIQueue();
                    assertThat(onB).singleElement().satisfies(change -> {
                        assertThat(change.sessionId()).isEqualTo(session);
                        assertThat(change.what()).isEqualTo("postponed");
                    });
                    assertThat(onA)
                            .as("node A's own screens hear it once, not again from PostgreSQL")
                            .hasSize(1);
                } finally {
                    MockVaadin.tearDown();
                }
            }
        }
    }

    private static ConfigurableApplicationContext node(String url, String name, boolean sample) {
        // Arguments, not builder properties: those are defaults that application.properties would override.
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--jesr.cluster.enabled=true",
                        "--jesr.sample-data.load=" + sample,
                        "--jesr.data-dir=target/cluster-" + name,
                        "--spring.flyway.clean-disabled=true");
    }

    /** Each context installs its own security holder (Vaadin's); calls into A must use A's. */
    private static void useSecurityOf(ConfigurableApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
