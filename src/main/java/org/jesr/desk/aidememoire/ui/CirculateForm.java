package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.Circulating;
import org.jesr.desk.aidememoire.CirculationPurpose;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.participant.Audience;
import org.jesr.desk.participant.ParticipantRef;

/**
 * Sends a version by e-mail to groups (constituencies, working groups, delegations), named people and
 * typed addresses. Sending cannot be taken back, so it asks first.
 */
class CirculateForm extends FormLayout {

    CirculateForm(CirculationTools tools, long reviewId, List<AideMemoireVersion> versions, Runnable onSent) {
        setId("circulate-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        Select<AideMemoireVersion> version = new Select<>();
        version.setId("circulation-version");
        version.setLabel(getTranslation("am-circulation.version"));
        version.setItems(versions);
        version.setItemLabelGenerator(
                v -> "v" + v.getNumber() + " · " + getTranslation(v.getStatus().translationKey()));
        version.setValue(versions.getLast());
        Select<CirculationPurpose> purpose = new Select<>();
        purpose.setId("circulation-purpose");
        purpose.setLabel(getTranslation("am-circulation.purpose"));
        purpose.setItems(CirculationPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        purpose.setValue(CirculationPurpose.COMMENTS);
        MultiSelectComboBox<Audience> groups =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("am-circulation.groups")));
        groups.setId("circulation-groups");
        groups.setItems(tools.audiences().audiences(reviewId));
        groups.setItemLabelGenerator(this::label);
        MultiSelectComboBox<ParticipantRef> people =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("am-circulation.people")));
        people.setId("circulation-people");
        people.setItems(tools.audiences().people(reviewId));
        people.setItemLabelGenerator(
                p -> p.organization().isEmpty() ? p.name() : p.name() + " (" + p.organization() + ")");
        TextArea others = new TextArea(getTranslation("am-circulation.addresses"));
        others.setId("circulation-addresses");
        others.setHelperText(getTranslation("am-circulation.addresses-help"));
        Button send = new Button(getTranslation("am-circulation.send"), e -> {
            Circulating what = new Circulating(
                    version.getValue().id(),
                    purpose.getValue(),
                    groups.getValue().stream().map(Audience::key).collect(Collectors.toSet()),
                    people.getValue().stream().map(ParticipantRef::id).collect(Collectors.toSet()),
                    others.getValue(),
                    description(
                            groups.getValue().stream().map(this::label).toList(),
                            people.getValue().size(),
                            others.getValue()));
            Confirm.ask(
                    "am-circulation.send-title",
                    tools.outbox().enabled() ? "am-circulation.send-text" : "am-circulation.send-text-no-mail",
                    "am-circulation.send",
                    () -> {
                        boolean sent = Actions.run(
                                this,
                                () -> tools.circulation()
                                        .circulate(what, tools.urls().absolute("/")));
                        if (sent) {
                            Notifications.success(this, "am-circulation.sent");
                            onSent.run();
                        }
                    },
                    version.getValue().getNumber());
        });
        send.setId("circulation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(version, purpose, groups, people, others, send);
        setColspan(others, 2);
    }

    private String label(Audience a) {
        return switch (a.kind()) {
            case CONSTITUENCY -> getTranslation(a.name());
            case WORKING_GROUP -> getTranslation("am-circulation.group-working-group", a.name());
            case DELEGATION -> getTranslation("am-circulation.group-delegation", a.name());
        };
    }

    private String description(List<String> groups, int people, String others) {
        List<String> parts = new ArrayList<>(groups);
        if (people > 0) {
            parts.add(getTranslation("am-circulation.named", people));
        }
        long addresses = others.lines()
                .flatMap(l -> List.of(l.split("[;,\\s]+")).stream())
                .filter(s -> !s.isBlank())
                .count();
        if (addresses > 0) {
            parts.add(getTranslation("am-circulation.typed", addresses));
        }
        return String.join(", ", parts);
    }
}
