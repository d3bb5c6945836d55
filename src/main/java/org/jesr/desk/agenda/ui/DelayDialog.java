package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.BiConsumer;
import org.jesr.desk.base.ui.ComponentTexts;

/** "Running late by N minutes", optionally pushing back the rest of the room's day. */
class DelayDialog extends Dialog {

    DelayDialog(String sessionTitle, BiConsumer<Integer, Boolean> onDelay) {
        setId("delay-dialog");
        setHeaderTitle(getTranslation("live.delay-title", sessionTitle));
        IntegerField minutes = new IntegerField(getTranslation("live.delay-minutes"));
        minutes.setId("delay-minutes");
        minutes.setMin(1);
        minutes.setMax(600);
        ComponentTexts.localize(minutes);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(15);
        Checkbox shift = new Checkbox(getTranslation("live.delay-shift"));
        shift.setId("delay-shift");
        shift.setValue(true);
        add(minutes, shift);
        Button apply = new Button(getTranslation("live.delay-apply"), e -> {
            if (minutes.getValue() != null && minutes.getValue() > 0) {
                onDelay.accept(minutes.getValue(), shift.getValue());
                close();
            } else {
                minutes.setInvalid(true);
                minutes.setErrorMessage(getTranslation("agenda.error.delay-range"));
            }
        });
        apply.setId("delay-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }
}
