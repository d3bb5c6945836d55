package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.participant.ParticipantUses;

/** Removing a participant: refused with the reasons while anything names them, otherwise asked once. */
class ParticipantRemoval {

    private final ParticipantService participants;
    private final Participant participant;
    private final Runnable onRemoved;

    ParticipantRemoval(ParticipantService participants, Participant participant, Runnable onRemoved) {
        this.participants = participants;
        this.participant = participant;
        this.onRemoved = onRemoved;
    }

    void start() {
        List<ParticipantUses.Use> uses = participants.uses(participant.id());
        if (uses.isEmpty()) {
            Confirm.ask(
                    "participant.remove-title",
                    "participant.remove-text",
                    "participant.remove",
                    this::remove,
                    participant.getName());
        } else {
            refuse(uses);
        }
    }

    private void remove() {
        UI ui = UI.getCurrent();
        Actions.run(ui, () -> {
            participants.delete(participant.id());
            onRemoved.run();
        });
    }

    private void refuse(List<ParticipantUses.Use> uses) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setId("participant-in-use");
        dialog.setHeaderTitle(ui.getTranslation("participant.in-use-title", participant.getName()));
        UnorderedList reasons = new UnorderedList();
        uses.forEach(use -> reasons.add(new ListItem(ui.getTranslation(use.labelKey(), use.count()))));
        dialog.add(new Paragraph(ui.getTranslation("participant.in-use-text")), reasons);
        Button close = new Button(ui.getTranslation("action.close"), e -> dialog.close());
        close.setId("participant-in-use-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
