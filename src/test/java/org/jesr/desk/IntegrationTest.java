package org.jesr.desk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.sampledata.SampleDataLoader;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every {@code *IT}: the whole application against a real database that is
 * emptied before each test, so tests cannot lean on each other's rows.
 * Every IT shares this one configuration, so one application context serves them all; vary data
 * through the sample loader, not through properties.
 */
@SpringBootTest(properties = "jesr.sample-data.load=false")
@ActiveProfiles("test")
@Import(PinnedClock.Config.class)
public abstract class IntegrationTest {

    /**
     * At {@link PinnedClock#BEFORE_THE_SAMPLE} and running, whatever the real date: what the sample
     * suggests depends on it (its aide-memoire, circulated at load time, counts as late once the
     * sample's wrap-up is past). A test about another moment pins it; released after every test.
     */
    @Autowired
    protected PinnedClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Autowired
    private Flyway flyway;

    @Autowired
    private SampleDataLoader sampleData;

    @Autowired
    private ReviewService reviewService;

    /**
     * With {@code -Djesr.it.database=postgres} (the second Failsafe run) every integration test
     * runs on a real PostgreSQL, started once per test JVM; otherwise on in-memory H2.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if ("postgres".equals(System.getProperty("jesr.it.database"))) {
            onPostgres(registry, "postgres");
        }
    }

    /**
     * A database of the test class's own, for a class that needs one no other test writes to (a
     * deployment's first start, a web server's sessions): on the PostgreSQL pass a database of that name
     * on the same server, created on first use; otherwise an in-memory H2 database. A fixed H2 address in
     * the class's own properties would run it on H2 in the PostgreSQL pass too.
     */
    public static void ownDatabase(DynamicPropertyRegistry registry, String name) {
        if (!"postgres".equals(System.getProperty("jesr.it.database"))) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return;
        }
        try (Connection connection = Postgres.INSTANCE.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery();
                    Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        onPostgres(registry, name);
    }

    private static void onPostgres(DynamicPropertyRegistry registry, String database) {
        EmbeddedPostgres postgres = Postgres.INSTANCE;
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** Started on first use and stopped when the test JVM ends. */
    private static final class Postgres {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (java.io.IOException e) {
                        // the JVM is ending anyway
                    }
                }));
                return postgres;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    /**
     * Each application context installs its own security-context holder strategy (Vaadin's, with
     * its own thread-local). When tests switch back to an earlier cached context, method security
     * would look in a different holder than the one sign-ins write to; this puts this context's
     * strategy back in place for the test.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        applicationContext
                .getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Autowired
    private DataSource dataSource;

    /** Empty, as migrated: rows are rewritten, the schema is migrated once per database (DatabaseSnapshots). */
    @BeforeEach
    void cleanDatabase() {
        DatabaseSnapshots.empty(dataSource, flyway);
    }

    @AfterEach
    protected void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Loads the Sindh sample, signs in as its organizer and answers the sample review's id. */
    protected long sampleReviewAsOrganizer() {
        DatabaseSnapshots.fromEmpty(dataSource, "sample", sampleData::loadIfEmpty);
        signInAs("organizer", Role.ORGANIZER);
        return reviewService.current().orElseThrow().getId();
    }

    /** Like {@link #sampleReviewAsOrganizer()}, with the sample's aide-memoire and delegations too. */
    protected long fullSampleReviewAsOrganizer() {
        DatabaseSnapshots.fromEmpty(dataSource, "full-sample", sampleData::loadEverythingIfEmpty);
        signInAs("organizer", Role.ORGANIZER);
        return reviewService.current().orElseThrow().getId();
    }

    /** Every data table of the test database (lower case), Flyway's own history left out. */
    protected static java.util.List<String> dataTables(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return jdbc
                .queryForList(
                        "select lower(table_name) from information_schema.tables"
                                + " where lower(table_schema) = lower(current_schema) and table_type = 'BASE TABLE' order by 1",
                        String.class)
                .stream()
                .filter(t -> !t.equals("flyway_schema_history"))
                .toList();
    }

    /** Acts as a signed-in user with these roles (and what they imply) until the test ends. */
    protected static void signInAs(String username, Role... roles) {
        SignIn.as(username, roles);
    }
}
