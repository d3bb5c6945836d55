package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.stakeholder.InputOutcome;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.StakeholderInput;

/** The secretariat says how an input was used in the aide-memoire, and why. */
class ReplyDialog extends Dialog {

    ReplyDialog(InputService inputs, StakeholderInput input, Runnable onSaved) {
        setId("reply-dialog");
        setHeaderTitle(input.getTitle());
        setWidth("min(40em, 95vw)");
        Paragraph body = new Paragraph(input.getBody());
        body.addClassName("meta");
        RadioButtonGroup<InputOutcome> outcome = new RadioButtonGroup<>(getTranslation("input.outcome"));
        outcome.setId("reply-outcome");
        outcome.setItems(Arrays.stream(InputOutcome.values())
                .filter(o -> o != InputOutcome.PENDING)
                .toList());
        outcome.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        if (input.getOutcome() != InputOutcome.PENDING) {
            outcome.setValue(input.getOutcome());
        }
        TextArea reply = new TextArea(getTranslation("input.reply"));
        reply.setId("reply-text");
        reply.setMaxLength(StakeholderInput.REPLY_MAX);
        reply.setValue(input.getReply() == null ? "" : input.getReply());
        reply.setWidthFull();
        add(body, outcome, reply);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Actions.run(this, () -> {
                inputs.respond(input.id(), outcome.getValue(), reply.getValue());
                onSaved.run();
                close();
            });
        });
        save.setId("reply-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
