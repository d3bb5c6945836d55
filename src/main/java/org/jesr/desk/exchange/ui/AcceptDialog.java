package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.ParticipantRef;

/** Schedules a requested side meeting as a restricted session for those involved. */
class AcceptDialog extends Dialog {

    AcceptDialog(
            SideMeetingService sideMeetings,
            SideMeetingRequest request,
            Delegation delegation,
            Map<Long, Organization> organizations,
            List<ParticipantRef> people,
            ZoneId zone,
            Runnable onDone) {
        setId("accept-dialog");
        Organization with =
                request.getWithOrganizationId() == null ? null : organizations.get(request.getWithOrganizationId());
        setHeaderTitle(getTranslation("side-meeting.accept"));
        TextField title = new TextField(getTranslation("side-meeting.session-title"));
        title.setId("accept-title");
        title.setWidthFull();
        title.setValue(getTranslation(
                "side-meeting.default-title",
                Countries.name(delegation.getCountry(), getLocale()),
                with == null ? "" : with.getName()));
        DateTimePicker start = ComponentTexts.localize(new DateTimePicker(getTranslation("side-meeting.start")));
        start.setId("accept-start");
        DateTimePicker end = ComponentTexts.localize(new DateTimePicker(getTranslation("side-meeting.end")));
        end.setId("accept-end");
        MultiSelectComboBox<ParticipantRef> hosts =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("side-meeting.hosts")));
        hosts.setId("accept-hosts");
        hosts.setItems(people);
        hosts.setItemLabelGenerator(p -> p.name() + " (" + p.organization() + ")");
        if (with != null) {
            hosts.setValue(people.stream()
                    .filter(p -> p.organization().equals(with.shortName()))
                    .limit(2)
                    .collect(Collectors.toSet()));
        }
        add(title, start, end, hosts);
        Button save = new Button(getTranslation("side-meeting.accept"), e -> {
            if (start.getValue() == null || end.getValue() == null) {
                Notifications.warning(this, getTranslation("validation.required"));
                return;
            }
            Actions.run(this, () -> {
                sideMeetings.accept(
                        request.id(),
                        title.getValue().strip(),
                        start.getValue().atZone(zone).toInstant(),
                        end.getValue().atZone(zone).toInstant(),
                        null,
                        hosts.getValue().stream().map(ParticipantRef::id).collect(Collectors.toSet()));
                onDone.run();
                close();
            });
        });
        save.setId("accept-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
