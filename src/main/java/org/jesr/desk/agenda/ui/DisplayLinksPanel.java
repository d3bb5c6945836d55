package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jesr.desk.agenda.DisplayService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.base.ui.Confirm;

/** The secret links for room screens: create one per screen, revoke one that leaked. */
class DisplayLinksPanel extends Div {

    private final DisplayService displays;
    private final long reviewId;
    private final Div links = new Div();

    DisplayLinksPanel(long reviewId, DisplayService displays) {
        this.displays = displays;
        this.reviewId = reviewId;
        setId("display-links");
        Button create = new Button(getTranslation("display.create"), e -> {
            displays.create(reviewId);
            redraw();
        });
        create.setId("create-display");
        add(new H3(getTranslation("display.title")), links, create);
        redraw();
    }

    private void redraw() {
        links.removeAll();
        for (DisplayService.DisplayLink link : displays.active(reviewId)) {
            // One link per screen; the same token opens the all-rooms board or a single room.
            Anchor open = new Anchor("display/" + link.token(), getTranslation("display.all-rooms"));
            open.setTarget("_blank");
            Div row = new Div(open);
            for (Room room : displays.rooms(link.token())) {
                Anchor single = new Anchor(
                        "display/" + link.token() + "?room=" + room.getId(),
                        getTranslation("display.room-title", room.getName()));
                single.setTarget("_blank");
                single.addClassName("display-room-link");
                row.add(single);
            }
            Button revoke = new Button(
                    getTranslation("display.revoke"),
                    e -> Confirm.ask("display.revoke-title", "display.revoke-text", "display.revoke", () -> {
                        displays.revoke(link.id());
                        redraw();
                    }));
            revoke.setId("revoke-display-" + link.id());
            row.add(revoke);
            row.addClassName("toolbar");
            links.add(row);
        }
    }
}
