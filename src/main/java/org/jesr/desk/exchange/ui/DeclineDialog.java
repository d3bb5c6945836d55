package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;

/** Declines a side-meeting request; the delegation sees the reason. */
class DeclineDialog extends Dialog {

    DeclineDialog(SideMeetingService sideMeetings, SideMeetingRequest request, Runnable onDone) {
        setId("decline-dialog");
        setHeaderTitle(getTranslation("side-meeting.decline"));
        TextField reason = new TextField(getTranslation("side-meeting.reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(reason);
        Button save = new Button(getTranslation("side-meeting.decline"), e -> {
            Actions.run(this, () -> {
                sideMeetings.decline(request.id(), reason.getValue());
                onDone.run();
                close();
            });
        });
        save.setId("decline-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
