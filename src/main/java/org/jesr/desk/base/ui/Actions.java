package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Runs what a user asked for. A rule the action breaks (a {@link org.jesr.desk.base.TranslatedException},
 * a change someone else made first) is shown as a translated notification and the action stops there;
 * anything else is a bug and goes on to the session's error handler.
 */
public final class Actions {

    private Actions() {}

    /** True when the action went through, false when a notification said why it did not. */
    public static boolean run(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (!Notifications.explains(e)) {
                throw e;
            }
            Notifications.error(context, e);
            return false;
        }
    }
}
