package org.jesr.desk.fieldvisit.internal;

import org.jesr.desk.base.ContentTypes;
import org.jesr.desk.base.ScriptScan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jesr.desk.base.TranslatedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks and stores site photos. The type is read from the bytes, not the file name,
 * and the image is decoded and written anew, which leaves every piece of metadata
 * behind: EXIF, and with it the GPS position of a school and its children.
 */
@Component
public class PhotoStore {

    /** A stored photo: its file name in the store, type and size after cleaning. */
    public record Stored(String name, String contentType, long size) {
    }

    private final Path folder;
    private final long maxBytes;

    PhotoStore(@Value("${jesr.data-dir:./data}") String dataDir,
               @Value("${jesr.uploads.photo-max-bytes:10485760}") long maxBytes) {
        this.folder = Path.of(dataDir, "uploads", "photos");
        this.maxBytes = maxBytes;
    }

    public Stored store(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new TranslatedException("photo.error.too-large", maxBytes / (1024 * 1024));
        }
        String detected = ContentTypes.detect(bytes);
        String format = switch (detected) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> throw new TranslatedException("photo.error.not-an-image");
        };
        ScriptScan.requireNoScript(bytes);
        byte[] clean = reencode(bytes, format);
        String name = UUID.randomUUID() + "." + format;
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), clean);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(name, detected, clean.length);
    }

    public byte[] read(String name) {
        if (!name.matches("[0-9a-f-]{36}\\.(jpg|png)")) {
            throw new TranslatedException("error.not-found");
        }
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new TranslatedException("error.not-found");
        }
    }

    private static byte[] reencode(byte[] bytes, String format) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new TranslatedException("photo.error.not-an-image");
            }
            if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
                BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.createGraphics().drawImage(image, 0, 0, null);
                image = rgb;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new TranslatedException("photo.error.not-an-image");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new TranslatedException("photo.error.not-an-image");
        }
    }
}
