package org.jesr.desk;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import javax.sql.DataSource;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browserless UI test: the real Spring context with the sample review,
 * Vaadin mocked by Karibu, and a signed-in user whose roles both Spring Security and
 * Vaadin's view access checks see. All UI tests share one context; a test that changes the
 * sample says so with {@link ChangesTheSample}.
 */
// One UI test at a time: they share one Spring context, its database and Vaadin's thread-bound mock.
// Test classes that need none of these run beside them (Surefire's configuration, decision 0029).
@Execution(ExecutionMode.SAME_THREAD)
@SpringBootTest(properties = "jesr.sample-data.load=true")
@ActiveProfiles("test")
@ExtendWith(SampleReset.class)
@Import(PinnedClock.Config.class)
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    /** See IntegrationTest: this context's security-context holder strategy, whatever ran before. */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** The shared sample as the context loaded it, kept before any test can change it (see SampleReset). */
    static final String SAMPLE = "karibu-sample";

    @BeforeEach
    void keepTheSample() {
        DatabaseSnapshots.keep(context.getBean(DataSource.class), SAMPLE);
    }

    @BeforeEach
    void setUpVaadin() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
        context.getBean(PinnedClock.class).release();
    }

    /** Signs in as a demo account of the sample review, with that account's roles. */
    protected void login(String username, Role... roles) {
        KaribuSupport.login(username, roles);
    }

    protected void useLanguage(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    /** The id of the current review's session with this title. */
    protected long sessionTitled(String title) {
        var review = context.getBean(org.jesr.desk.review.ReviewService.class)
                .current()
                .orElseThrow();
        return context
                .getBean(org.jesr.desk.agenda.AgendaService.class)
                .sessions(review.id(), review.zone(), org.jesr.desk.agenda.AgendaFilter.day(null))
                .stream()
                .filter(s -> s.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
