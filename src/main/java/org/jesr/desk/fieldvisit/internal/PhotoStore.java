package org.jesr.desk.fieldvisit.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jesr.desk.base.ContentTypes;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.ScriptScan;
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
    public record Stored(String name, String contentType, long size) {}

    private final Path folder;
    private final long maxBytes;

    PhotoStore(
            @Value("${jesr.data-dir:./data}") String dataDir,
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
            throw new NotFound();
        }
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new NotFound();
        }
    }

    /** A phone's photo is 12 to 50 megapixels; a decompression bomb claims far more in a few kilobytes. */
    static final long MAX_PIXELS = 60_000_000L;

    static final int MAX_SIDE = 12_000;

    /** The image's size as its header declares it, read before any pixel is decoded. */
    private static void requireSensibleSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new TranslatedException("photo.error.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new TranslatedException("photo.error.too-many-pixels", width, height);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] reencode(byte[] bytes, String format) {
        try {
            requireSensibleSize(bytes);
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
