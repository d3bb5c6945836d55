package org.jesr.desk.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;

/** Turns the review's public page on or off (off until an organizer says otherwise), with its address. */
class PublicPagePanel extends Div {

    PublicPagePanel(Review review, ReviewService reviews, boolean withHeading) {
        setId("public-page-panel-" + review.id());
        String address = "public/reviews/" + review.id();
        Anchor open = new Anchor(address, getTranslation("settings.public-page-link"));
        open.setId("public-page-link-" + review.id());
        open.setTarget(AnchorTarget.BLANK);
        open.setVisible(review.isPublicPage());
        Checkbox on = new Checkbox(getTranslation("settings.public-page-on"), review.isPublicPage());
        on.setId("public-page-on-" + review.id());
        on.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean saved = Actions.run(this, () -> reviews.setPublicPage(review.id(), e.getValue()));
            if (saved) {
                open.setVisible(e.getValue());
                Notifications.success(this, "settings.public-page-saved", e.getValue() ? 1 : 0);
            } else {
                on.setValue(e.getOldValue());
            }
        });
        if (withHeading) {
            add(
                    new H3(getTranslation("settings.public-page")),
                    on,
                    new Paragraph(getTranslation("settings.public-page-help")));
        } else {
            on.setTooltipText(getTranslation("settings.public-page-help"));
            add(on);
        }
        add(open);
    }
}
