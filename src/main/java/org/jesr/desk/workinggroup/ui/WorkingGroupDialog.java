package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.workinggroup.GroupMember;
import org.jesr.desk.workinggroup.GroupRole;
import org.jesr.desk.workinggroup.WorkingGroup;

/** The group's objectives and people. */
class WorkingGroupDialog extends Dialog {

    WorkingGroupDialog(WorkingGroup group, String themeName, List<ParticipantRef> everyone, Predicate<WorkingGroup> onSave) {
        setId("group-dialog");
        setHeaderTitle(themeName);
        TextArea objectives = new TextArea(getTranslation("group.objectives"));
        objectives.setId("group-objectives");
        objectives.setMaxLength(2000);
        objectives.setValue(group.getObjectives() == null ? "" : group.getObjectives());
        MultiSelectComboBox<ParticipantRef> chairs = people("group-chairs", GroupRole.CO_CHAIR, group, everyone);
        MultiSelectComboBox<ParticipantRef> rapporteurs = people("group-rapporteurs", GroupRole.RAPPORTEUR, group, everyone);
        MultiSelectComboBox<ParticipantRef> members = people("group-members", GroupRole.MEMBER, group, everyone);
        add(new FormLayout(objectives, chairs, rapporteurs, members));
        Button save = new Button(getTranslation("action.save"), e -> {
            group.setObjectives(objectives.getValue());
            Set<GroupMember> all = new LinkedHashSet<>();
            chairs.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.CO_CHAIR)));
            rapporteurs.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.RAPPORTEUR)));
            members.getValue().forEach(p -> all.add(new GroupMember(p.id(), GroupRole.MEMBER)));
            group.setMembers(all);
            if (onSave.test(group)) {
                close();
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private MultiSelectComboBox<ParticipantRef> people(String id, GroupRole role, WorkingGroup group,
                                                       List<ParticipantRef> everyone) {
        MultiSelectComboBox<ParticipantRef> box = new MultiSelectComboBox<>(getTranslation(role.translationKey()));
        box.setId(id);
        box.setItems(everyone);
        box.setItemLabelGenerator(p -> p.name() + " (" + p.organization() + ")");
        Set<Long> ids = group.getMembers().stream().filter(m -> m.role() == role).map(GroupMember::participantId)
                .collect(Collectors.toSet());
        box.setValue(everyone.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toSet()));
        return box;
    }
}
