package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.csv.CsvImportException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The messages a screen shows: rules broken, warnings and successes, each in the user's language. */
public final class Notifications {

    private Notifications() {}

    /** Whether the error is a rule or a concurrent change the user can be told about, not a bug. */
    public static boolean explains(Throwable error) {
        return translatedCause(error) != null || error instanceof ObjectOptimisticLockingFailureException;
    }

    public static String describe(Component context, RuntimeException error) {
        // A rule checked while the transaction commits (an archived review) arrives wrapped by Spring.
        TranslatedException wrapped = translatedCause(error);
        if (wrapped != null && wrapped != error) {
            return describe(context, wrapped);
        }
        if (error instanceof CsvImportException csv) {
            return context.getTranslation(
                    "import.error.at", csv.line(), csv.column(), context.getTranslation(csv.key(), csv.args()));
        }
        if (error instanceof TranslatedException translated) {
            return context.getTranslation(translated.key(), translated.args());
        }
        if (error instanceof ObjectOptimisticLockingFailureException) {
            return context.getTranslation("error.concurrent-change");
        }
        throw error;
    }

    public static void error(Component context, RuntimeException error) {
        Notification notification = Notification.show(describe(context, error), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }

    /** Shown after a save that went through but deserves a second look. */
    public static void warning(Component context, String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setId("warning-notification");
    }

    public static void success(Component context, String key, Object... args) {
        Notification notification =
                Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** How long an undo is offered: long enough to notice a wrong tap, short enough not to linger. */
    public static final int UNDO_MILLIS = 10_000;

    private static final String UNDO_KEY = "jesr.undo";

    /**
     * Says what was just done and offers to take it back for {@value #UNDO_MILLIS} ms: the pattern
     * for a quick, reversible step taken live (a wrap-up decision, a withdrawn announcement), where
     * asking first would slow the room down. Irreversible steps ask first instead ({@link Confirm}).
     */
    public static Notification undoable(Component context, String text, Runnable undo) {
        // Only the latest step can be taken back: a new offer replaces the one before it.
        UI ui = UI.getCurrent();
        if (ComponentUtil.getData(ui, UNDO_KEY) instanceof Notification previous) {
            previous.close();
            previous.removeFromParent();
        }
        Notification notification = new Notification();
        ComponentUtil.setData(ui, UNDO_KEY, notification);
        notification.addOpenedChangeListener(e -> {
            if (!e.isOpened() && ComponentUtil.getData(ui, UNDO_KEY) == notification) {
                ComponentUtil.setData(ui, UNDO_KEY, null);
            }
        });
        notification.setId("undo-notification");
        notification.setDuration(UNDO_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button button = new Button(context.getTranslation("action.undo"), e -> {
            notification.close();
            Actions.run(context, undo);
        });
        button.setId("undo");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span message = new Span(text);
        message.setId("undo-text");
        Div content = new Div(message, button);
        content.addClassName("undo-content");
        notification.add(content);
        notification.open();
        return notification;
    }

    private static @Nullable TranslatedException translatedCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TranslatedException translated) {
                return translated;
            }
        }
        return null;
    }
}
