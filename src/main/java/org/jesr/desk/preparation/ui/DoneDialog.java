package org.jesr.desk.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Map;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.preparation.Milestone;
import org.jesr.desk.preparation.PreparationService;

/** Records a milestone done: on which day, and what shows it (a library document or a session). */
class DoneDialog extends Dialog {

    DoneDialog(
            Milestone m, LocalDate today, Map<String, String> evidence, PreparationService service, Runnable onSaved) {
        setId("milestone-done-dialog");
        setHeaderTitle(getTranslation("milestone.mark-done"));
        DatePicker on = ComponentTexts.localize(new DatePicker(getTranslation("milestone.done-on"), today));
        on.setId("milestone-done-on");
        on.setMax(today);
        ComboBox<String> shownBy = new ComboBox<>(getTranslation("milestone.evidence"));
        shownBy.setId("milestone-evidence");
        shownBy.setItems(evidence.keySet());
        shownBy.setItemLabelGenerator(key -> evidence.getOrDefault(key, key));
        shownBy.setClearButtonVisible(true);
        FormLayout form = new FormLayout(on, shownBy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            LocalDate day = on.getValue() == null ? today : on.getValue();
            if (Actions.run(this, () -> service.markDone(m.id(), day, shownBy.getValue()))) {
                close();
                onSaved.run();
            }
        });
        save.setId("milestone-done-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
