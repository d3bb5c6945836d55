package org.jesr.desk.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jesr.desk.backup.BackupService;
import org.jesr.desk.backup.RestoreSummary;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.ui.BoundedUpload;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.base.ui.UploadTexts;
import org.jesr.desk.security.AppRoles;

/** The administrator's backups: download one, make one now, see the nightly ones, restore into an empty instance. */
@Route("admin/backup")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 101, icon = "vaadin:archive", title = "nav.backup")
class BackupView extends Page {

    static final int MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupService backups;
    private final UnorderedList automatic = new UnorderedList();
    private final Paragraph result = new Paragraph();

    BackupView(BackupService backups) {
        super("nav.backup");
        this.backups = backups;
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Path file = backups.backupNow();
                    refreshLater(event.getUI());
                    return new DownloadResponse(
                            Files.newInputStream(file),
                            file.getFileName().toString(),
                            "application/zip",
                            Files.size(file));
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("backup.download"));
        download.setId("backup-download");
        download.addClassName("button-link");
        Button now = new Button(getTranslation("backup.now"), e -> {
            backups.backupNow();
            Notifications.success(this, "backup.made");
            refresh();
        });
        now.setId("backup-now");
        automatic.setId("backup-list");
        result.setId("restore-result");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(BoundedUpload.toTempFile(MAX_ARCHIVE_BYTES, (fileName, file) -> restore(file)));
        upload.setId("restore-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_ARCHIVE_BYTES);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.addFileRejectedListener(e -> result.setText(getTranslation("backup.error.too-large")));

        add(
                new Paragraph(getTranslation("backup.help")),
                download,
                now,
                new H3(getTranslation("backup.automatic")),
                automatic,
                new H3(getTranslation("backup.restore")),
                new Paragraph(getTranslation("backup.restore-help")),
                upload,
                result);
        refresh();
    }

    private void restore(Path archive) {
        try (InputStream in = Files.newInputStream(archive)) {
            RestoreSummary summary = backups.restore(in);
            result.setText(getTranslation("backup.restored", summary.tables(), summary.rows(), summary.files()));
        } catch (TranslatedException e) {
            result.setText(Notifications.describe(this, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            archive.toFile().delete();
        }
    }

    private void refreshLater(UI ui) {
        ui.access(this::refresh);
    }

    private void refresh() {
        automatic.removeAll();
        for (Path file : backups.automaticBackups().reversed()) {
            long kb = file.toFile().length() / 1024;
            automatic.add(new ListItem(file.getFileName() + " · " + kb + " KB"));
        }
        if (automatic.getChildren().findAny().isEmpty()) {
            automatic.add(new ListItem(getTranslation("backup.none")));
        }
    }
}
