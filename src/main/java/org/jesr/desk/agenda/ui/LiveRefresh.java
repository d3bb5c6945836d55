package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaUpdates;

/** Redraws a screen whenever its review's programme changes, for as long as it is attached. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    static void bind(Component screen, AgendaUpdates updates, long reviewId, Consumer<AgendaChanged> redraw) {
        screen.addAttachListener(attach -> {
            Registration registration = updates.subscribe(attach.getUI(), change -> {
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
}
