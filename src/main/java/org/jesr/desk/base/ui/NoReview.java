package org.jesr.desk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;

/**
 * What a screen shows while no review has been set up: not a dead end, but the way to the
 * screen where one is set up, for those who may do it, and whom to ask for everyone else.
 */
public class NoReview extends Div {

    public NoReview() {
        setId("no-review");
        add(new Paragraph(getTranslation("review.none")));
        // base knows no feature, so the role is read from the request rather than from the security feature.
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.isUserInRole("ORGANIZER")) {
            Anchor setUp = new Anchor("settings", getTranslation("review.set-up"));
            setUp.setId("set-up-review");
            setUp.addClassName("primary-link");
            add(new Paragraph(setUp));
        } else {
            add(new Paragraph(getTranslation("review.none-ask")));
        }
    }
}
