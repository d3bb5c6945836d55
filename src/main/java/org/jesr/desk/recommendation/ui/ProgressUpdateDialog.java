package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.evidence.EvidencePicker;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.ProgressUpdate;

/** A dated progress update on one agreed recommendation: a status, a line or two, optional evidence. */
class ProgressUpdateDialog extends Dialog {

    ProgressUpdateDialog(
            Accountable row,
            AccountabilityService service,
            List<EvidenceService.Choice> evidenceChoices,
            Runnable onSaved) {
        setId("progress-update-dialog");
        setHeaderTitle(getTranslation("accountability.add-update"));
        Select<FollowUpStatus> status = new Select<>();
        status.setId("progress-status");
        status.setLabel(getTranslation("follow-up.status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(row.status());
        TextArea text = new TextArea(getTranslation("accountability.update-text"));
        text.setId("progress-text");
        text.setMaxLength(ProgressUpdate.TEXT_MAX);
        text.setRequired(true);
        TextArea reason = new TextArea(getTranslation("accountability.drop-reason"));
        reason.setId("progress-drop-reason");
        reason.setMaxLength(ProgressUpdate.TEXT_MAX);
        reason.setVisible(false);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == FollowUpStatus.DROPPED));
        EvidencePicker evidence = new EvidencePicker(evidenceChoices);
        evidence.setId("progress-evidence");
        evidence.setLabel(getTranslation("accountability.evidence"));
        FormLayout form = new FormLayout(status, text, reason, evidence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new Paragraph(row.recommendation().getOrderNo() + ". "
                        + row.recommendation().getText()),
                form);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean saved = Actions.run(
                    this,
                    () -> service.addUpdate(
                            row.recommendation().id(),
                            status.getValue(),
                            text.getValue(),
                            reason.getValue(),
                            evidence.ref().orElse(null)));
            if (saved) {
                Notifications.success(this, "follow-up.saved");
                close();
                onSaved.run();
            }
        });
        save.setId("progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
