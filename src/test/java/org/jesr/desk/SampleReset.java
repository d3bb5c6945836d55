package org.jesr.desk;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jesr.desk.sampledata.SampleDataLoader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Puts the shared UI-test database back to the plain sample after what {@link ChangesTheSample} marks. */
final class SampleReset implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext test) {
        if (test.getRequiredTestMethod().isAnnotationPresent(ChangesTheSample.class)) {
            reset(test);
        }
    }

    @Override
    public void afterAll(ExtensionContext testClass) {
        if (testClass.getRequiredTestClass().isAnnotationPresent(ChangesTheSample.class)) {
            reset(testClass);
        }
    }

    private static void reset(ExtensionContext test) {
        ApplicationContext context = SpringExtension.getApplicationContext(test);
        if (DatabaseSnapshots.restore(context.getBean(DataSource.class), KaribuTest.SAMPLE)) {
            return;
        }
        Flyway flyway = context.getBean(Flyway.class);
        flyway.clean();
        flyway.migrate();
        context.getBean(SampleDataLoader.class).loadIfEmpty();
    }
}
