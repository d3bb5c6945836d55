package org.jesr.desk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jesr.desk.base.LiveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed changes out to every screen that listens, through Vaadin push.
 * Listeners are held per UI and removed when the UI detaches, so closed tabs do not leak.
 */
@Component
public class LiveUpdates {

    private final Map<Object, Listener<?>> listeners = new ConcurrentHashMap<>();

    private record Listener<E extends LiveEvent>(UI ui, Class<E> type, Consumer<E> onChange) {

        void deliver(LiveEvent event) {
            if (type.isInstance(event)) {
                ui.access(() -> onChange.accept(type.cast(event)));
            }
        }
    }

    /** Registers a screen; call from a component's attach, and remove the registration on detach. */
    public <E extends LiveEvent> Registration subscribe(UI ui, Class<E> type, Consumer<E> onChange) {
        Object key = new Object();
        listeners.put(key, new Listener<>(ui, type, onChange));
        return () -> listeners.remove(key);
    }

    /**
     * Redraws {@code screen} on every change of its review of the given kind, for as long as
     * the screen is attached.
     */
    public <E extends LiveEvent> void bind(com.vaadin.flow.component.Component screen, Class<E> type, long reviewId,
                                           Consumer<E> redraw) {
        screen.addAttachListener(attach -> {
            Registration registration = subscribe(attach.getUI(), type, change -> {
                if (change.reviewId() == reviewId) {
                    redraw.accept(change);
                }
            });
            screen.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    // After commit, so a screen never shows a change that was rolled back.
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(LiveEvent change) {
        fanOut(change);
    }

    /** Hands a committed change to every listening screen of this node (also used for other nodes' changes). */
    public void fanOut(LiveEvent change) {
        listeners.forEach((key, listener) -> {
            if (listener.ui().isClosing()) {
                listeners.remove(key);
            } else {
                listener.deliver(change);
            }
        });
    }
}
