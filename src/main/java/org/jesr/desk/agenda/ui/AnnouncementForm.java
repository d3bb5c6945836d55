package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.jesr.desk.agenda.Announcement;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;

/** A short message to every screen, info or urgent, until it expires. */
class AnnouncementForm extends Div {

    AnnouncementForm(long reviewId, LiveControlService live) {
        addClassName("toolbar");
        TextField message = new TextField(getTranslation("live.announcement"));
        message.setId("announcement-message");
        message.setMaxLength(Announcement.MESSAGE_MAX);
        message.setMinWidth("16em");
        Select<Announcement.Severity> severity = new Select<>();
        severity.setId("announcement-severity");
        severity.setLabel(getTranslation("live.severity"));
        severity.setItems(Announcement.Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        severity.setValue(Announcement.Severity.INFO);
        IntegerField minutes = new IntegerField(getTranslation("live.valid-minutes"));
        minutes.setId("announcement-minutes");
        minutes.setMin(1);
        ComponentTexts.localize(minutes);
        minutes.setValue(60);
        Button send = new Button(getTranslation("live.announce"), e -> {
            Actions.run(this, () -> {
                live.announce(
                        reviewId,
                        message.getValue(),
                        severity.getValue(),
                        Duration.ofMinutes(minutes.getValue() == null ? 60 : minutes.getValue()));
                message.clear();
            });
        });
        send.setId("announce");
        add(message, severity, minutes, send);
    }
}
