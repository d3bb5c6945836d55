package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.evidence.DocumentLink;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.LibraryDocument;

/** Attaches a document to agenda sessions and indicators, where people will look for it. */
class DocumentLinksDialog extends Dialog {

    DocumentLinksDialog(
            DocumentService documents,
            LibraryDocument document,
            List<AgendaSession> sessions,
            List<Indicator> indicators,
            Runnable onSaved) {
        setId("document-links-dialog");
        setHeaderTitle(document.getTitle());
        MultiSelectComboBox<AgendaSession> sessionBox =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("document.link.sessions")));
        sessionBox.setId("document-sessions");
        sessionBox.setItems(sessions);
        sessionBox.setItemLabelGenerator(AgendaSession::getTitle);
        sessionBox.setValue(sessions.stream()
                .filter(s -> document.getLinks().contains(DocumentLink.session(s.id())))
                .toList());
        MultiSelectComboBox<Indicator> indicatorBox =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation("document.link.indicators")));
        indicatorBox.setId("document-indicators");
        indicatorBox.setItems(indicators);
        indicatorBox.setItemLabelGenerator(i -> i.getCode() + " — " + i.getName());
        indicatorBox.setValue(indicators.stream()
                .filter(i -> document.getLinks().contains(DocumentLink.indicator(i.getCode())))
                .toList());
        sessionBox.setWidthFull();
        indicatorBox.setWidthFull();
        add(sessionBox, indicatorBox);
        Button save = new Button(getTranslation("action.save"), e -> {
            Set<DocumentLink> links = new LinkedHashSet<>();
            sessionBox.getValue().forEach(s -> links.add(DocumentLink.session(s.id())));
            indicatorBox.getValue().forEach(i -> links.add(DocumentLink.indicator(i.getCode())));
            Actions.run(this, () -> {
                documents.setLinks(document.id(), links);
                onSaved.run();
                close();
            });
        });
        save.setId("document-links-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
