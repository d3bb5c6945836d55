package org.jesr.desk.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jesr.desk.base.ContentTypes;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.ScriptScan;
import org.jesr.desk.base.TranslatedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores library documents and submission attachments. The type is detected from the bytes
 * (the file name only refines a type the content already shows), and anything that a browser
 * could run, such as HTML or SVG, is refused. Files get generated names: a user's file name
 * never becomes a path.
 */
@Component
public class FileStore {

    public record Stored(String name, String contentType, long size, String extension) {}

    private static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");
    private static final Set<String> ALLOWED_PREFIXES =
            Set.of("application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.");

    /** Names that a browser or the desktop opens as something that runs. */
    private static final Set<String> WEB_EXTENSIONS = Set.of(
            "html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "xsl", "js", "mjs", "hta", "php", "url", "webloc");

    private final Path folder;
    private final long maxBytes;

    FileStore(
            @Value("${jesr.data-dir:./data}") String dataDir,
            @Value("${jesr.uploads.document-max-bytes:26214400}") long maxBytes) {
        this.folder = Path.of(dataDir, "uploads", "documents");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Stored store(byte[] bytes, String fileName) {
        if (bytes.length > maxBytes) {
            throw new TranslatedException("document.error.too-large", maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new TranslatedException("document.error.empty");
        }
        String given = extension(fileName);
        if (WEB_EXTENSIONS.contains(given)) {
            // Opened from disk, a ".html" file runs as a page whatever its first bytes say (a polyglot).
            throw new TranslatedException("upload.error.type-name", given);
        }
        String type = ContentTypes.detect(bytes, fileName);
        if (!allowed(type)) {
            throw new TranslatedException("document.error.type", type);
        }
        ScriptScan.requireNoScript(bytes);
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(name, type, bytes.length, ContentTypes.extension(type, given));
    }

    public byte[] read(String name) {
        if (!name.matches("[0-9a-f-]{36}")) {
            throw new NotFound();
        }
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new NotFound();
        }
    }

    public void delete(String name) {
        if (name.matches("[0-9a-f-]{36}")) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean allowed(String type) {
        return ALLOWED.contains(type) || ALLOWED_PREFIXES.stream().anyMatch(type::startsWith);
    }
}
