package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.aidememoire.AideMemoire;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Notifications;

/** The key messages the ministerial pack opens with; without them it takes the first findings. */
class KeyMessagesPanel extends Details {

    KeyMessagesPanel(AideMemoireService service, AideMemoire aideMemoire) {
        setSummaryText(getTranslation("am-pack.key-messages"));
        setId("key-messages");
        TextArea text = new TextArea(getTranslation("am-pack.messages-label"));
        text.setId("key-messages-text");
        text.setWidthFull();
        text.setValue(String.join("\n", aideMemoire.keyMessages()));
        Button save = new Button(getTranslation("am-pack.messages-save"), e -> {
            Actions.run(this, () -> {
                service.setKeyMessages(aideMemoire.id(), text.getValue());
                Notifications.success(this, "am-pack.messages-saved");
            });
        });
        save.setId("key-messages-save");
        // Signed (final) means the pack's messages are settled too; the service refuses any change.
        boolean open = aideMemoire.getStatus() != AideMemoireStatus.FINAL;
        text.setReadOnly(!open);
        save.setVisible(open);
        add(text, save);
    }
}
