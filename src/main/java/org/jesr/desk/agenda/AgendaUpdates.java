package org.jesr.desk.agenda;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans a committed agenda change out to every screen that listens, through Vaadin push.
 * Listeners are held per UI and removed when the UI detaches, so closed tabs do not leak.
 */
@Component
public class AgendaUpdates {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

    private record Listener(UI ui, Consumer<AgendaChanged> onChange) {
    }

    /** Registers a screen; call from a component's attach, and remove the registration on detach. */
    public Registration subscribe(UI ui, Consumer<AgendaChanged> onChange) {
        Object key = new Object();
        listeners.put(key, new Listener(ui, onChange));
        return () -> listeners.remove(key);
    }

    // After commit, so a screen never shows a change that was rolled back.
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(AgendaChanged change) {
        listeners.forEach((key, listener) -> {
            if (listener.ui().isClosing()) {
                listeners.remove(key);
            } else {
                listener.ui().access(() -> listener.onChange().accept(change));
            }
        });
    }

    int listenerCount() {
        return listeners.size();
    }
}
