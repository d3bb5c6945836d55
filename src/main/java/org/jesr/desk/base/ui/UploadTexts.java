package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Every text of Vaadin's upload component in the user's language; its defaults are English only. */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component context) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(t(context, "upload.drop-one"))
                .setMany(t(context, "upload.drop-many")));
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(t(context, "upload.add-one")).setMany(t(context, "upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(context, "upload.too-many"))
                .setFileIsTooBig(t(context, "upload.too-big"))
                .setIncorrectFileType(t(context, "upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(context, "upload.connecting"))
                        .setStalled(t(context, "upload.stalled"))
                        .setProcessing(t(context, "upload.processing"))
                        .setHeld(t(context, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(context, "upload.remaining"))
                        .setUnknown(t(context, "upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(context, "upload.server-unavailable"))
                        .setUnexpectedServerError(t(context, "upload.server-error"))
                        .setForbidden(t(context, "upload.forbidden"))
                        .setFileTooLarge(t(context, "upload.too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(context, "upload.retry"))
                .setStart(t(context, "upload.start"))
                .setRemove(t(context, "upload.remove")));
        i18n.setUnits(List.of(
                t(context, "upload.unit.b"),
                t(context, "upload.unit.kb"),
                t(context, "upload.unit.mb"),
                t(context, "upload.unit.gb"),
                t(context, "upload.unit.tb")));
        return i18n;
    }

    private static String t(Component context, String key) {
        return context.getTranslation(key);
    }
}
