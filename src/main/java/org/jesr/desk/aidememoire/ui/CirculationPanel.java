package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.Circulation;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.SignOff;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.participant.Constituency;

/** The circulation log and the co-chairs' sign-off. */
class CirculationPanel extends Details {

    CirculationPanel(
            CirculationTools tools,
            long reviewId,
            ConsultationService consultation,
            long aideMemoireId,
            AideMemoireStatus status,
            List<AideMemoireVersion> versions,
            ZoneId zone,
            boolean organizer,
            Runnable onChanged) {
        setSummaryText(getTranslation("am-circulation.title") + " · " + getTranslation("am-signoff.title"));
        setId("aide-memoire-circulation");
        Map<Long, Integer> numbers =
                versions.stream().collect(Collectors.toMap(AideMemoireVersion::getId, AideMemoireVersion::getNumber));
        Div log = new Div();
        log.setId("circulation-log");
        for (Circulation c : consultation.circulations(aideMemoireId)) {
            log.add(new Paragraph(getTranslation(
                    "am-circulation.line",
                    numbers.get(c.getVersionId()),
                    Formats.dateTime(c.getSentAt(), zone, getLocale()),
                    getTranslation(c.getPurpose().translationKey()),
                    c.getRecipients())));
            if (organizer) {
                log.add(new RecipientsList(tools.circulation(), c.id(), zone));
            }
        }
        add(log);
        if (organizer && !versions.isEmpty()) {
            add(new CirculateForm(tools, reviewId, versions, onChanged));
        }
        Div signed = new Div();
        signed.setId("sign-offs");
        for (SignOff s : consultation.signOffs(aideMemoireId)) {
            signed.add(new Paragraph(getTranslation(
                    "am-signoff.line",
                    getTranslation(s.getConstituency().translationKey()),
                    s.getSignatory(),
                    s.getTitle() == null ? "" : " (" + s.getTitle() + ")",
                    Formats.dateTime(s.getSignedAt(), zone, getLocale()))));
        }
        add(signed);
        if (organizer && status == AideMemoireStatus.VALIDATED) {
            Select<Constituency> constituency = new Select<>();
            constituency.setId("sign-off-constituency");
            constituency.setItems(
                    Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER, Constituency.CIVIL_SOCIETY);
            constituency.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
            constituency.setValue(Constituency.GOVERNMENT);
            TextField name = new TextField(getTranslation("am-signoff.signatory"));
            name.setId("sign-off-name");
            TextField title = new TextField(getTranslation("am-signoff.signatory-title"));
            title.setId("sign-off-title");
            Button record = new Button(
                    getTranslation("am-signoff.add"),
                    e -> act(
                            () -> consultation.signOff(
                                    aideMemoireId, constituency.getValue(), name.getValue(), title.getValue()),
                            onChanged));
            record.setId("sign-off-add");
            add(new Div(constituency, name, title, record));
        }
    }

    private void act(Runnable change, Runnable onChanged) {
        Actions.run(this, () -> {
            change.run();
            onChanged.run();
        });
    }
}
