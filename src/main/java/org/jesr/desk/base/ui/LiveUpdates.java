package org.jesr.desk.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jesr.desk.base.LiveEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed changes out to every screen that listens, through Vaadin push.
 * Listeners are held per UI and removed when the UI detaches, so closed tabs do not leak.
 *
 * <p>Each screen redraws on a small pool of its own, not in the thread of the person who made the
 * change: handed over one by one in that thread, 300 open agendas kept the organizer's click
 * waiting for all 300 redraws and pushes (the benchmark's fan-out p95 was 2.7 s). And each screen
 * redraws as the person who opened it: the organizer's identity in that thread made observers'
 * agendas show what only the secretariat may see.
 */
@Component
public class LiveUpdates implements DisposableBean {

    private final Map<Object, Listener<?>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery;

    LiveUpdates(@Value("${jesr.live.delivery-threads:2}") int threads) {
        delivery = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("live-delivery-", 1).daemon().factory());
    }

    private record Listener<E extends LiveEvent>(
            UI ui,
            Class<E> type,
            Consumer<E> onChange,
            @Nullable Authentication viewer) {

        void deliver(LiveEvent event) {
            ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContext own = SecurityContextHolder.createEmptyContext();
                own.setAuthentication(viewer);
                SecurityContextHolder.setContext(own);
                try {
                    onChange.accept(type.cast(event));
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        }
    }

    /**
     * Registers a screen; call from a component's attach (so the signed-in person is known), and
     * remove the registration on detach.
     */
    public <E extends LiveEvent> Registration subscribe(UI ui, Class<E> type, Consumer<E> onChange) {
        Object key = new Object();
        listeners.put(
                key,
                new Listener<>(
                        ui, type, onChange, SecurityContextHolder.getContext().getAuthentication()));
        return () -> listeners.remove(key);
    }

    /**
     * Redraws {@code screen} on every change of its review of the given kind, for as long as
     * the screen is attached. Binding the same screen to the same kind again replaces the earlier
     * binding: Vaadin reuses a view when only its parameter changes, and calls setParameter again.
     */
    public <E extends LiveEvent> void bind(
            com.vaadin.flow.component.Component screen, Class<E> type, long reviewId, Consumer<E> redraw) {
        String key = "jesr-live-" + type.getName();
        if (ComponentUtil.getData(screen, key) instanceof Binding previous) {
            previous.remove();
        }
        Binding binding = new Binding();
        binding.follow(
                screen,
                ui -> subscribe(ui, type, change -> {
                    if (change.reviewId() == reviewId) {
                        redraw.accept(change);
                    }
                }));
        ComponentUtil.setData(screen, key, binding);
    }

    /** A subscription that lives while its screen is attached, and can be dropped as a whole. */
    private static final class Binding {
        private final List<Registration> lifecycle = new ArrayList<>();
        private @Nullable Registration subscription;

        void follow(com.vaadin.flow.component.Component screen, Function<UI, Registration> subscribe) {
            lifecycle.add(screen.addAttachListener(attach -> start(subscribe, attach.getUI())));
            lifecycle.add(screen.addDetachListener(detach -> stop()));
            screen.getUI().ifPresent(ui -> start(subscribe, ui));
        }

        private void start(Function<UI, Registration> subscribe, UI ui) {
            stop();
            subscription = subscribe.apply(ui);
        }

        private void stop() {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }

        void remove() {
            stop();
            lifecycle.forEach(Registration::remove);
            lifecycle.clear();
        }
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
            } else if (listener.type().isInstance(change)) {
                delivery.execute(() -> {
                    try {
                        listener.deliver(change);
                    } catch (UIDetachedException closedMeanwhile) {
                        listeners.remove(key);
                    }
                });
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        delivery.shutdown();
        delivery.awaitTermination(5, TimeUnit.SECONDS);
    }
}
