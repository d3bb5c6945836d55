package org.jesr.desk.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.preparation.Anchor;
import org.jesr.desk.preparation.Milestone;
import org.jesr.desk.preparation.MilestoneKind;
import org.jesr.desk.preparation.MilestoneStatus;
import org.jesr.desk.preparation.PreparationService;

/** Adds or edits a milestone: its name (for one of the secretariat's own), owner and date. */
class MilestoneDialog extends Dialog {

    MilestoneDialog(Milestone m, List<Organization> organizations, PreparationService service, Runnable onSaved) {
        setId("milestone-dialog");
        setHeaderTitle(getTranslation(m.isNew() ? "milestone.add" : "milestone.edit"));
        TextField title = new TextField(getTranslation("milestone.title"));
        title.setId("milestone-title");
        title.setMaxLength(Milestone.TITLE_MAX);
        title.setValue(
                m.getKind() == MilestoneKind.CUSTOM || m.getTitle() != null ? Objects.toString(m.getTitle(), "") : "");
        title.setPlaceholder(MilestoneTexts.title(this, m));
        title.setRequired(m.getKind() == MilestoneKind.CUSTOM);
        ComboBox<Organization> owner = new ComboBox<>(getTranslation("milestone.owner"));
        owner.setId("milestone-owner");
        owner.setItems(organizations);
        owner.setItemLabelGenerator(Organization::getName);
        organizations.stream()
                .filter(o -> o.id().equals(m.getOwnerOrgId()))
                .findFirst()
                .ifPresent(owner::setValue);
        Select<Anchor> anchor = new Select<>();
        anchor.setId("milestone-anchor");
        anchor.setLabel(getTranslation("milestone.anchor"));
        anchor.setItems(Anchor.values());
        anchor.setItemLabelGenerator(a -> getTranslation(a.translationKey() + "-label"));
        anchor.setValue(m.getAnchor());
        IntegerField days = ComponentTexts.localize(new IntegerField(getTranslation("milestone.days")));
        days.setId("milestone-days");
        days.setMin(0);
        days.setMax(Milestone.OFFSET_MAX);
        days.setValue(m.getOffsetDays());
        DatePicker date = ComponentTexts.localize(new DatePicker(getTranslation("milestone.date")));
        date.setId("milestone-date");
        date.setValue(m.getFixedDate());
        Select<MilestoneStatus> applies = new Select<>();
        applies.setId("milestone-status");
        applies.setLabel(getTranslation("milestone.status"));
        applies.setItems(
                m.getStatus() == MilestoneStatus.DONE
                        ? List.of(MilestoneStatus.values())
                        : List.of(MilestoneStatus.OPEN, MilestoneStatus.NOT_APPLICABLE));
        applies.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        applies.setValue(m.getStatus());
        Runnable showDateOrDays = () -> {
            date.setVisible(anchor.getValue() == Anchor.FIXED);
            days.setVisible(anchor.getValue() != Anchor.FIXED);
        };
        anchor.addValueChangeListener(e -> showDateOrDays.run());
        showDateOrDays.run();
        FormLayout form = new FormLayout(title, owner, anchor, days, date, applies);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            m.setTitle(title.getValue().isBlank() ? null : title.getValue().trim());
            Organization chosen = owner.getValue();
            m.setOwnerOrgId(chosen == null ? null : chosen.id());
            m.setAnchor(anchor.getValue());
            m.setOffsetDays(days.getValue() == null ? -1 : days.getValue());
            m.setFixedDate(date.getValue());
            m.setStatus(applies.getValue());
            if (Actions.run(this, () -> service.save(m))) {
                close();
                onSaved.run();
            }
        });
        save.setId("milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
