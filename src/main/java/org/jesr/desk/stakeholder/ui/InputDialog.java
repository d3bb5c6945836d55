package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.BoundedUpload;
import org.jesr.desk.base.ui.UploadTexts;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.StakeholderInput;

/**
 * A new written input, for a theme or a section of the aide-memoire, with attachments. The
 * files wait in memory until the input is sent, so a cancelled input stores nothing.
 */
class InputDialog extends Dialog {

    static final int MAX_ATTACHMENTS = 5;
    static final int MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

    private final List<InputService.Attachment> attachments = new ArrayList<>();

    InputDialog(InputService inputs, long reviewId, List<Theme> themes, Runnable onSent) {
        setId("input-dialog");
        setHeaderTitle(getTranslation("input.add"));
        setWidth("min(44em, 95vw)");
        TextField title = new TextField(getTranslation("input.title"));
        title.setId("input-title");
        title.setMaxLength(StakeholderInput.TITLE_MAX);
        title.setWidthFull();
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("agenda.theme"));
        theme.setId("input-theme");
        theme.setItems(themes);
        theme.setItemLabelGenerator(Theme::getName);
        TextField section = new TextField(getTranslation("input.section"));
        section.setId("input-section");
        section.setMaxLength(120);
        TextArea body = new TextArea(getTranslation("input.body"));
        body.setId("input-body");
        body.setMaxLength(StakeholderInput.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("10em");
        Paragraph files = new Paragraph();
        files.setId("input-files");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_ATTACHMENT_BYTES, (fileName, bytes) -> {
            attachments.add(new InputService.Attachment(fileName, bytes));
            files.setText(String.join(
                    ", ",
                    attachments.stream().map(InputService.Attachment::fileName).toList()));
        }));
        upload.setId("input-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(MAX_ATTACHMENTS);
        upload.setMaxFileSize(MAX_ATTACHMENT_BYTES);
        add(title, theme, section, body, upload, files);
        Button send = new Button(getTranslation("input.send"), e -> {
            StakeholderInput draft = new StakeholderInput();
            draft.setReviewId(reviewId);
            draft.setTitle(title.getValue());
            draft.setThemeId(theme.getValue() == null ? null : theme.getValue().getId());
            draft.setSection(
                    section.getValue().isBlank() ? null : section.getValue().strip());
            draft.setBody(body.getValue());
            Actions.run(this, () -> {
                inputs.submit(draft, List.copyOf(attachments));
                onSent.run();
                close();
            });
        });
        send.setId("input-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
