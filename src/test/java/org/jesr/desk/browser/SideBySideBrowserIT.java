package org.jesr.desk.browser;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The scenarios that spend most of their time waiting, run side by side with the heaviest one that
 * does not. {@link DroppedConnectionBrowserIT} types through 150 s of outages by design, and
 * {@link CrashBrowserIT} waits on an app's kill and restart; alone in a test JVM they left a core
 * idle for about three minutes (decision 0023). {@link FirstReviewBrowserIT} fills that time, and
 * {@link AccessibilityBrowserIT} the rest of the outage: it and the crash scenario hold one {@link #SLOT},
 * so they run one after the other, in either order (in CI the crash scenario has gone first). Each
 * class has its own browser, and each but the scans (which only read the JVM's shared app) its own
 * app, so nothing they check is shared. Failsafe runs these
 * classes only through this suite; run one alone with {@code -Dit.test=CrashBrowserIT}.
 */
@Suite
@SelectClasses({
    DroppedConnectionBrowserIT.class,
    CrashBrowserIT.class,
    FirstReviewBrowserIT.class,
    AccessibilityBrowserIT.class
})
@ConfigurationParameter(key = "junit.jupiter.execution.parallel.enabled", value = "true")
@ConfigurationParameter(key = "junit.jupiter.execution.parallel.mode.classes.default", value = "concurrent")
// Four at once: the two outage scenarios, the crash and the scans in turn, and the first review.
// Threads that sleep in a wait do not free their slot, so the pool is sized to the scenarios, not
// to the cores.
@ConfigurationParameter(key = "junit.jupiter.execution.parallel.config.strategy", value = "fixed")
@ConfigurationParameter(key = "junit.jupiter.execution.parallel.config.fixed.parallelism", value = "4")
class SideBySideBrowserIT {

    /** The slot the crash scenario and the accessibility scans take in turn. */
    static final String SLOT = "side-by-side-slot";
}
