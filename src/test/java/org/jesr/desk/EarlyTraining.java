package org.jesr.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts {@link TrainedJar}'s extraction and training run when a test JVM starts, beside the first
 * integration classes, instead of when the first browser test asks for it. Asked for late, the run kept
 * both test JVMs waiting on one core for about half a minute (one trained, the other waited for the
 * lock) while the non-browser classes that could have used the second core had already run. Only a run
 * of the whole suite asks for it ({@code jesr.browser-app.train-early}, set by the pom when no
 * {@code it.test} is given), so one integration class run alone does not pay for a training it never uses.
 */
public final class EarlyTraining implements LauncherSessionListener {

    private static volatile boolean started;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (started
                || !Boolean.getBoolean("jesr.browser-app.train-early")
                || !Files.exists(Path.of("target", "jesr-desk.jar"))) {
            return;
        }
        started = true;
        Thread training = new Thread(EarlyTraining::train, "early-training");
        training.setDaemon(true);
        training.start();
    }

    private static void train() {
        try {
            TrainedJar.jar();
        } catch (IOException | RuntimeException e) {
            // The first browser test asks again and reports what went wrong.
        }
    }
}
