package org.jesr.desk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.base.csv.CsvWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Uploads a CSV or XLSX file, shows its first rows as they will be read, and on the user's word hands
 * it to an all-or-nothing importer. The size is capped here and the content is checked by the
 * importer, whatever the file is called. The dialog says which columns and values are expected and
 * offers a template with an example row.
 */
public class ImportDialog extends Dialog {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** From this many rows an import takes seconds: it runs off the request, with a progress bar. */
    public static final int IN_BACKGROUND_FROM = 1_000;

    private final ImportSpec spec;
    private final Runnable onImported;
    private final Paragraph result = new Paragraph();
    private final Div preview = new Div();
    private final Div progress = new Div();
    private @Nullable Button importRows;

    public ImportDialog(ImportSpec spec, Runnable onImported) {
        this.spec = spec;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle(getTranslation(spec.titleKey()));
        setWidth("min(48rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("import.help", String.join(", ", spec.columns())));
        Paragraph values = new Paragraph(getTranslation(spec.valuesKey()));
        values.setId("import-values");
        byte[] template =
                CsvWriter.write(spec.columns(), List.of(spec.example())).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(template), spec.templateName(), "text/csv", template.length)),
                getTranslation("import.template"));
        download.setId("import-template");
        download.setDownload(true);
        result.setId("import-result");

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(BoundedUpload.inMemory(MAX_BYTES, (fileName, bytes) -> {
            // One file at a time, but a second try after a refused file must not meet "too many files".
            upload.clearFileList();
            show(bytes);
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes(
                "text/csv", ".csv", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(
                e -> result.setText(getTranslation("import.error.rejected-file", MAX_BYTES / 1024 / 1024)));

        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("import-close");
        progress.setId("import-progress");
        progress.setVisible(false);
        add(help, values, new Paragraph(download), upload, preview, progress, result);
        getFooter().add(close);
    }

    /** Reads the file for its preview: a file that cannot be read at all is refused now, before any button. */
    private void show(byte[] bytes) {
        preview.removeAll();
        dropImportButton();
        result.setText("");
        CsvTable table;
        try {
            table = CsvTable.read(new ByteArrayInputStream(bytes), List.of());
        } catch (TranslatedException e) {
            result.setText(Notifications.describe(this, e));
            return;
        }
        // In the footer, so the button stays in sight above a long preview, on a tablet too.
        int rows = table.rows().size();
        importRows = new Button(getTranslation("import.confirm", rows), e -> importNow(bytes, rows));
        importRows.setId("import-confirm");
        importRows.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importRows.setDisableOnClick(true);
        getFooter().add(importRows);
        preview.add(new ImportPreview(table, spec.columns()));
    }

    private void dropImportButton() {
        if (importRows != null) {
            getFooter().remove(importRows);
            importRows = null;
        }
    }

    private void importNow(byte[] bytes, int rows) {
        if (rows < IN_BACKGROUND_FROM) {
            finish(attempt(bytes));
            return;
        }
        // Seconds of work would hold the request and leave only Vaadin's thin loading bar: run it
        // beside the request as the signed-in user, and say what is going on meanwhile.
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", getTranslation("import.in-progress", rows));
        progress.removeAll();
        progress.add(new Paragraph(getTranslation("import.in-progress", rows)), bar);
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        Thread.ofVirtual().name("import").start(() -> {
            SecurityContextHolder.setContext(user);
            try {
                Object outcome = attempt(bytes);
                ui.access(() -> finish(outcome));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** The summary, or why nothing was imported. */
    private Object attempt(byte[] bytes) {
        try {
            return spec.importer().apply(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            return e;
        }
    }

    private String describe(RuntimeException refused) {
        try {
            return Notifications.describe(this, refused);
        } catch (RuntimeException unexpected) {
            // Not a refusal the importer foresaw (the database went away...): still nothing was stored.
            LoggerFactory.getLogger(ImportDialog.class).error("Import failed", unexpected);
            return getTranslation("import.error.failed");
        }
    }

    private void finish(Object outcome) {
        progress.setVisible(false);
        progress.removeAll();
        preview.removeAll();
        dropImportButton();
        if (outcome instanceof ImportSummary summary) {
            result.setText(getTranslation(spec.doneKey(), summary.added(), summary.updated()));
            onImported.run();
        } else {
            result.setText(describe((RuntimeException) outcome));
        }
        if (!isOpened()) {
            // Closed while the import ran: the result still reaches the user.
            Notifications.warning(this, result.getText());
        }
    }
}
