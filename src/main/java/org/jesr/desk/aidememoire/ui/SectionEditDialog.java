package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.base.ui.ErrorMessages;

/** Edits a section's text; the server keeps only simple formatting. */
class SectionEditDialog extends Dialog {

    SectionEditDialog(AideMemoireService service, Section section, Runnable onSaved) {
        setId("section-edit-dialog");
        setHeaderTitle(getTranslation(section.getKey().translationKey()));
        setWidth("min(60em, 95vw)");
        TextArea text = new TextArea();
        text.setId("section-text");
        text.setWidthFull();
        text.setMinHeight("20em");
        text.setMaxLength(Section.TEXT_MAX);
        text.setValue(section.text());
        add(new Paragraph(getTranslation("aide-memoire.edit.help")), text);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.edit(section.getAideMemoireId(), section.getKey(), text.getValue());
                onSaved.run();
                close();
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        save.setId("section-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
