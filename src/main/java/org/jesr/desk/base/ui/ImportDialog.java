package org.jesr.desk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.ToIntFunction;
import org.jesr.desk.base.TranslatedException;

/**
 * Uploads a CSV or XLSX file and hands it to an all-or-nothing importer. The size is capped
 * here and the content is checked by the importer, whatever the file is called.
 */
public class ImportDialog extends Dialog {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Paragraph result = new Paragraph();

    /** @param importer stores all rows or none, and answers how many it stored */
    public ImportDialog(String titleKey, String columns, ToIntFunction<InputStream> importer, Runnable onImported) {
        setId("import-dialog");
        setHeaderTitle(getTranslation(titleKey));
        Paragraph help = new Paragraph(getTranslation("import.help", columns));
        result.setId("import-result");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                int imported = importer.applyAsInt(new ByteArrayInputStream(bytes));
                result.setText(getTranslation("import.done", imported));
                onImported.run();
            } catch (TranslatedException e) {
                result.setText(ErrorMessages.describe(this, e));
            }
        })));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> result.setText(getTranslation("import.error.rejected-file", MAX_BYTES / 1024 / 1024)));

        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("import-close");
        add(help, upload, result);
        getFooter().add(close);
    }
}
