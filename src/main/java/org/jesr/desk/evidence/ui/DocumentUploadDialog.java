package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.jesr.desk.base.ui.BoundedUpload;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.UploadTexts;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;

/** Adds a file to the library. The server checks its size and its content, whatever its name says. */
class DocumentUploadDialog extends Dialog {

    DocumentUploadDialog(DocumentService documents, long reviewId, Runnable onStored) {
        setId("document-upload-dialog");
        setHeaderTitle(getTranslation("document.upload"));
        TextField title = new TextField(getTranslation("document.title"));
        title.setId("document-title");
        title.setMaxLength(DocumentService.TITLE_MAX);
        title.setRequired(true);
        title.setWidthFull();
        Select<DocumentCategory> category = new Select<>();
        category.setId("document-category");
        category.setLabel(getTranslation("document.category"));
        category.setItems(DocumentCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        category.setValue(DocumentCategory.PROGRESS_REPORT);
        Paragraph result = new Paragraph(getTranslation("document.upload.help", documents.maxBytes() / (1024 * 1024)));
        result.setId("document-upload-result");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(BoundedUpload.inMemory(documents.maxBytes(), (fileName, bytes) -> {
            try {
                String name = title.getValue().isBlank() ? fileName : title.getValue();
                documents.upload(reviewId, name, category.getValue(), fileName, bytes);
                onStored.run();
                close();
            } catch (RuntimeException e) {
                result.setText(Notifications.describe(this, e));
            }
        }));
        upload.setId("document-file");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) documents.maxBytes());
        upload.addFileRejectedListener(
                e -> result.setText(getTranslation("document.error.too-large", documents.maxBytes() / (1024 * 1024))));
        add(new Div(title, category), upload, result);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
