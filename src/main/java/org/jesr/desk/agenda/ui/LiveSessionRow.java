package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.Notifications;

/** One session on the "Today" screen with its one-tap controls. */
class LiveSessionRow extends Div {

    static final Duration DUE_BEFORE = Duration.ofMinutes(15);

    /** Redraws the screen at once after an action, not only when the pushed change arrives. */
    private final Runnable changed;

    LiveSessionRow(
            AgendaSession session,
            ZoneId zone,
            List<Room> rooms,
            Map<Long, String> roomNames,
            LiveControlService live,
            Instant now,
            Runnable changed) {
        this.changed = changed;
        addClassName("live-row");
        setId("live-" + session.getId());
        SessionCard card = SessionCard.shown(SessionSummary.of(session), zone, roomNames);
        long id = session.id();
        Div actions = new Div();
        actions.addClassName("live-actions");
        // One primary action for the session's state (issue 21: seven look-alike buttons a session);
        // what is rarely needed waits under "More".
        boolean startable = live.startable(session, zone);
        // "Due" is from a quarter of an hour before its start: earlier, Start waits under More.
        boolean due = !session.getStart().isAfter(now.plus(DUE_BEFORE));
        if (session.getStatus() == SessionStatus.RUNNING) {
            actions.add(primary(action("close", "live.close", () -> live.close(id))));
        } else if (startable && due) {
            actions.add(primary(action("start", "live.start", () -> live.start(id))));
        }
        boolean open = session.isActive() && session.getStatus() != SessionStatus.DONE;
        if (open) {
            actions.add(more(session, zone, rooms, live, startable && !due));
        }
        add(card, actions);
    }

    private Details more(
            AgendaSession session, ZoneId zone, List<Room> rooms, LiveControlService live, boolean startEarly) {
        long id = session.id();
        Button delay = new Button(
                getTranslation("live.delay"),
                e -> new DelayDialog(
                                session.getTitle(),
                                (minutes, shift) -> run(() -> {
                                    List<AgendaSession> moved = live.delay(id, minutes, shift, zone);
                                    // A delay that pushes lunch back must say so, not leave the room to find out.
                                    if (moved.size() > 1) {
                                        Notifications.success(
                                                this,
                                                "live.delay-moved",
                                                moved.stream()
                                                        .skip(1)
                                                        .map(AgendaSession::getTitle)
                                                        .collect(Collectors.joining(", ")));
                                    }
                                }))
                        .open());
        delay.setId("delay-" + id);
        Select<Room> room = new Select<>();
        room.setId("room-" + id);
        room.setAriaLabel(getTranslation("live.room"));
        room.setPlaceholder(getTranslation("live.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(Room::getName);
        rooms.stream()
                .filter(r -> r.id().equals(session.getRoomId()))
                .findFirst()
                .ifPresent(room::setValue);
        room.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                run(() -> live.changeRoom(id, e.getValue().id()));
            }
        });
        Button postpone = askFirst("postpone", "live.postpone", session.getTitle(), () -> live.postpone(id));
        Button cancel = askFirst("cancel", "live.cancel", session.getTitle(), () -> live.cancel(id));
        Div inside = new Div(delay, room, postpone, cancel);
        if (startEarly) {
            inside.addComponentAsFirst(action("start", "live.start-early", () -> live.start(id)));
        }
        inside.addClassName("toolbar");
        Details more = new Details(getTranslation("live.more"), inside);
        more.setId("more-" + id);
        more.addClassName("live-more");
        return more;
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** A button whose action cannot be taken back: it asks first ("<key>-title", "<key>-text"). */
    private Button askFirst(String idPrefix, String key, String title, Runnable action) {
        return action(idPrefix, key, () -> Confirm.ask(key + "-title", key + "-text", key, () -> run(action), title));
    }

    private Button action(String idPrefix, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> run(action));
        button.setId(idPrefix + "-" + getId().orElse("").replace("live-", ""));
        return button;
    }

    private void run(Runnable action) {
        if (Actions.run(this, action)) {
            changed.run();
        }
    }
}
