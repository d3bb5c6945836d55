package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Upload handlers that stop reading at the size limit. Vaadin's own read the whole request first,
 * so a 60 MB file sent past the browser's check was held in memory before "larger than 25 MB"; these
 * refuse a declared size above the limit without reading a byte, and stop at limit + 1 bytes when the
 * size was not declared or was false. The browser's check (setMaxFileSize) stays, for a quick answer.
 */
public final class BoundedUpload {

    private BoundedUpload() {}

    /** The file's name and bytes, at most {@code maxBytes} of them, handed over in the UI's thread. */
    public static UploadHandler inMemory(long maxBytes, BiConsumer<String, byte[]> onFile) {
        return event -> {
            if (tooLarge(event, maxBytes)) {
                return;
            }
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                refuse(event, maxBytes);
                return;
            }
            String name = event.getFileName();
            event.getUI().access(() -> onFile.accept(name, bytes));
        };
    }

    /** Like {@link #inMemory}, into a temporary file (a backup archive may be larger than memory should hold). */
    public static UploadHandler toTempFile(long maxBytes, BiConsumer<String, Path> onFile) {
        return event -> {
            if (tooLarge(event, maxBytes)) {
                return;
            }
            Path file = Files.createTempFile("jesr-upload-", ".tmp");
            long copied = 0;
            try (InputStream in = event.getInputStream();
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    copied += n;
                    if (copied > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (copied > maxBytes) {
                Files.deleteIfExists(file);
                refuse(event, maxBytes);
                return;
            }
            String name = event.getFileName();
            event.getUI().access(() -> {
                try {
                    onFile.accept(name, file);
                } finally {
                    delete(file);
                }
            });
        };
    }

    private static boolean tooLarge(UploadEvent event, long maxBytes) {
        if (event.getFileSize() > maxBytes) {
            refuse(event, maxBytes);
            return true;
        }
        return false;
    }

    private static void refuse(UploadEvent event, long maxBytes) {
        Component owner = event.getOwningComponent();
        String message = owner.getTranslation("upload.error.too-large", maxBytes / (1024 * 1024));
        event.reject(message);
        UI ui = event.getUI();
        ui.access(() -> Notifications.warning(owner, message));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
