package org.jesr.desk;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.sampledata.SampleDataLoader;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every {@code *IT}: the whole application against a real database that is
 * wiped and migrated again before each test, so tests cannot lean on each other's rows.
 * Every IT shares this one configuration: a second application context would install its own
 * security-context holder strategy, and the first context's method security would then no
 * longer see who is signed in. Vary data through the sample loader, not through properties.
 */
@SpringBootTest(properties = "jesr.sample-data.load=false")
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    private Flyway flyway;
    @Autowired
    private SampleDataLoader sampleData;
    @Autowired
    private ReviewService reviewService;

    @BeforeEach
    void cleanDatabase() {
        flyway.clean();
        flyway.migrate();
    }

    @AfterEach
    protected void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Loads the Sindh sample, signs in as its organizer and answers the sample review's id. */
    protected long sampleReviewAsOrganizer() {
        sampleData.loadIfEmpty();
        signInAs("organizer", Role.ORGANIZER);
        return reviewService.current().orElseThrow().getId();
    }

    /** Like {@link #sampleReviewAsOrganizer()}, with the sample's aide-memoire and delegations too. */
    protected long fullSampleReviewAsOrganizer() {
        sampleData.loadEverythingIfEmpty();
        signInAs("organizer", Role.ORGANIZER);
        return reviewService.current().orElseThrow().getId();
    }

    /** Acts as a signed-in user with these roles (and what they imply) until the test ends. */
    protected static void signInAs(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .flatMap(role -> role.implied().stream())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).distinct().toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }
}
