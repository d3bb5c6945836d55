package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.aidememoire.SectionEdit;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.MergeDialog;

/**
 * Edits a section's text; the server keeps only simple formatting. If another editor saved
 * the section meanwhile, both texts are shown for merging instead of one replacing the other.
 */
class SectionEditDialog extends Dialog {

    private final AideMemoireService service;
    private final Section section;
    private final Runnable onSaved;
    private long baseVersion;

    SectionEditDialog(AideMemoireService service, Section section, Runnable onSaved) {
        this.service = service;
        this.section = section;
        this.onSaved = onSaved;
        this.baseVersion = section.getVersion();
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
        Button save = new Button(getTranslation("action.save"), e -> save(text.getValue()));
        save.setId("section-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(String text) {
        Actions.run(this, () -> {
            SectionEdit outcome = service.edit(section.getAideMemoireId(), section.getKey(), text, baseVersion);
            if (outcome.saved()) {
                onSaved.run();
                close();
                return;
            }
            Section theirs = outcome.section();
            baseVersion = theirs.getVersion();
            String author = theirs.getEditedBy() == null ? "" : theirs.getEditedBy();
            new MergeDialog(text, theirs.text(), author, this::save).open();
        });
    }
}
