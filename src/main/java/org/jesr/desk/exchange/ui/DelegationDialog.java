package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.participant.ParticipantRef;

/** Registers or edits a visiting delegation: its country, language, members and stay. */
class DelegationDialog extends Dialog {

    DelegationDialog(
            DelegationService delegations, Delegation delegation, List<ParticipantRef> people, Runnable onSaved) {
        setId("delegation-dialog");
        setHeaderTitle(getTranslation(delegation.isNew() ? "delegation.add" : "delegation.edit"));
        // Names from the JDK's locale data, in the organizer's language; the code is what is kept.
        ComboBox<String> country = new ComboBox<>(getTranslation("delegation.country"));
        country.setId("delegation-country");
        country.setItems(Countries.codesByName(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        Countries.codeOf(delegation.getCountry()).ifPresent(country::setValue);
        Select<String> language = new Select<>();
        language.setId("delegation-language");
        language.setLabel(getTranslation("delegation.language"));
        language.setItems(Language.codes());
        language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(Locale.of(l)));
        language.setValue(delegation.getLanguage());
        MultiSelectComboBox<ParticipantRef> members =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("delegation.members")));
        members.setId("delegation-members");
        members.setItems(people);
        members.setItemLabelGenerator(p -> p.name() + " (" + p.organization() + ")");
        members.setValue(people.stream()
                .filter(p -> delegation.getMemberIds().contains(p.id()))
                .collect(Collectors.toSet()));
        members.setWidthFull();
        TextField agency = new TextField(getTranslation("delegation.agency"));
        agency.setId("delegation-agency");
        agency.setMaxLength(200);
        agency.setValue(delegation.getAgencyRepresentative() == null ? "" : delegation.getAgencyRepresentative());
        DatePicker arrival =
                ComponentTexts.localize(new DatePicker(getTranslation("delegation.arrival"), delegation.getArrival()));
        arrival.setId("delegation-arrival");
        DatePicker departure = ComponentTexts.localize(
                new DatePicker(getTranslation("delegation.departure"), delegation.getDeparture()));
        departure.setId("delegation-departure");
        add(country, language, members, agency, arrival, departure);
        Button save = new Button(getTranslation("action.save"), e -> {
            delegation.setCountry(country.getValue() == null ? "" : country.getValue());
            delegation.setLanguage(language.getValue());
            delegation.setMemberIds(
                    members.getValue().stream().map(ParticipantRef::id).collect(Collectors.toSet()));
            delegation.setAgencyRepresentative(
                    agency.getValue().isBlank() ? null : agency.getValue().strip());
            delegation.setArrival(arrival.getValue());
            delegation.setDeparture(departure.getValue());
            Actions.run(this, () -> {
                delegations.save(delegation);
                onSaved.run();
                close();
            });
        });
        save.setId("delegation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
