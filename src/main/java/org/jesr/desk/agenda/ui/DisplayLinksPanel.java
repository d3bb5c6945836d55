package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jesr.desk.agenda.DisplayService;

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
            Anchor open = new Anchor("display/" + link.token(), getTranslation("display.open"));
            open.setTarget("_blank");
            Button revoke = new Button(getTranslation("display.revoke"), e -> {
                displays.revoke(link.id());
                redraw();
            });
            revoke.setId("revoke-display-" + link.id());
            Div row = new Div(open, revoke);
            row.addClassName("toolbar");
            links.add(row);
        }
    }
}
