package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
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

    LiveSessionRow(
            AgendaSession session,
            ZoneId zone,
            List<Room> rooms,
            Map<Long, String> roomNames,
            LiveControlService live) {
        addClassName("toolbar");
        setId("live-" + session.getId());
        SessionCard card = SessionCard.shown(SessionSummary.of(session), zone, roomNames);
        long id = session.id();
        Button start = action("start", "live.start", () -> live.start(id));
        start.setEnabled(live.startable(session, zone));
        Button close = action("close", "live.close", () -> live.close(id));
        close.setEnabled(session.getStatus() == SessionStatus.RUNNING);
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
        boolean open = session.isActive() && session.getStatus() != SessionStatus.DONE;
        delay.setEnabled(open);
        room.setEnabled(open);
        postpone.setEnabled(open);
        cancel.setEnabled(open);
        add(card, new Div(start, close, delay, room, postpone, cancel));
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
        Actions.run(this, () -> {
            action.run();
        });
    }
}
