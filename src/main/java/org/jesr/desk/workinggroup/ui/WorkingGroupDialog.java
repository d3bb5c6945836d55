package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.workinggroup.GroupMember;
import org.jesr.desk.workinggroup.GroupRole;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.jspecify.annotations.Nullable;

/** A group's objectives and people; for a new group, also the theme it is formed around. */
class WorkingGroupDialog extends Dialog {

    private final @Nullable ComboBox<Theme> theme;
    private final TextArea objectives = new TextArea(getTranslation("group.objectives"));
    private final MultiSelectComboBox<ParticipantRef> chairs;
    private final MultiSelectComboBox<ParticipantRef> rapporteurs;
    private final MultiSelectComboBox<ParticipantRef> members;

    /** Edits an existing group. */
    WorkingGroupDialog(
            WorkingGroup group, String themeName, List<ParticipantRef> everyone, Predicate<WorkingGroup> onSave) {
        this(group, themeName, null, everyone, onSave);
    }

    /** Forms a new group around one of the themes that have none yet. */
    static WorkingGroupDialog forNew(
            long reviewId, List<Theme> freeThemes, List<ParticipantRef> everyone, Predicate<WorkingGroup> onSave) {
        return new WorkingGroupDialog(WorkingGroup.of(reviewId, 0), null, freeThemes, everyone, onSave);
    }

    private WorkingGroupDialog(
            WorkingGroup group,
            @Nullable String themeName,
            @Nullable List<Theme> freeThemes,
            List<ParticipantRef> everyone,
            Predicate<WorkingGroup> onSave) {
        setId("group-dialog");
        setHeaderTitle(themeName != null ? themeName : getTranslation("group.new"));
        FormLayout form = new FormLayout();
        if (freeThemes != null) {
            theme = new ComboBox<>(getTranslation("group.theme"), freeThemes);
            theme.setId("group-theme");
            theme.setItemLabelGenerator(Theme::getName);
            theme.setRequiredIndicatorVisible(true);
            form.add(theme);
        } else {
            theme = null;
        }
        objectives.setId("group-objectives");
        objectives.setMaxLength(2000);
        objectives.setValue(group.getObjectives() == null ? "" : group.getObjectives());
        chairs = people("group-chairs", GroupRole.CO_CHAIR, group, everyone);
        rapporteurs = people("group-rapporteurs", GroupRole.RAPPORTEUR, group, everyone);
        members = people("group-members", GroupRole.MEMBER, group, everyone);
        form.add(objectives, chairs, rapporteurs, members);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save(group, onSave));
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(WorkingGroup existing, Predicate<WorkingGroup> onSave) {
        WorkingGroup group = existing;
        if (theme != null) {
            if (theme.getValue() == null) {
                theme.setInvalid(true);
                theme.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            group = WorkingGroup.of(existing.getReviewId(), theme.getValue().id());
        }
        group.setObjectives(objectives.getValue());
        Set<GroupMember> all = new LinkedHashSet<>();
        chairs.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.CO_CHAIR)));
        rapporteurs.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.RAPPORTEUR)));
        members.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.MEMBER)));
        group.setMembers(all);
        if (onSave.test(group)) {
            close();
        }
    }

    private MultiSelectComboBox<ParticipantRef> people(
            String id, GroupRole role, WorkingGroup group, List<ParticipantRef> everyone) {
        MultiSelectComboBox<ParticipantRef> box =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation(role.translationKey())));
        box.setId(id);
        box.setItems(everyone);
        box.setItemLabelGenerator(p -> p.name() + " (" + p.organization() + ")");
        Set<Long> ids = group.getMembers().stream()
                .filter(m -> m.role() == role)
                .map(GroupMember::participantId)
                .collect(Collectors.toSet());
        box.setValue(everyone.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toSet()));
        return box;
    }
}
