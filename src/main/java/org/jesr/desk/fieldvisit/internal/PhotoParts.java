package org.jesr.desk.fieldvisit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jesr.desk.base.TranslatedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The parts of photos on their way from a field kit. Over a rural mobile link an upload is cut as
 * often as not; the kit sends a photo in parts and, after a cut, asks how much arrived and goes on
 * from there. A part is appended whole or not at all, and a photo becomes a {@code Photo} only once
 * every byte is here, so nothing half is ever stored. Parts are kept per person and device id.
 */
@Component
public class PhotoParts {

    private final Path folder;
    private final long maxBytes;

    PhotoParts(
            @Value("${jesr.data-dir:./data}") String dataDir,
            @Value("${jesr.uploads.photo-max-bytes:10485760}") long maxBytes) {
        this.folder = Path.of(dataDir, "uploads", "photo-parts");
        this.maxBytes = maxBytes;
    }

    /** Thrown when a part does not start where the received bytes end; the kit resends from there. */
    public static class OutOfStep extends RuntimeException {

        private final long received;

        OutOfStep(long received) {
            super("photo part out of step; received " + received);
            this.received = received;
        }

        public long received() {
            return received;
        }
    }

    public long received(String user, String deviceId) {
        try {
            Path file = file(user, deviceId);
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one part at its offset and returns how many bytes have arrived. */
    public synchronized long append(String user, String deviceId, long offset, long total, byte[] part) {
        if (total <= 0 || total > maxBytes) {
            throw new TranslatedException("photo.error.too-large", maxBytes / (1024 * 1024));
        }
        long received = received(user, deviceId);
        if (offset != received) {
            throw new OutOfStep(received);
        }
        if (received + part.length > total) {
            throw new TranslatedException("kit.error.photo-size");
        }
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                    FileChannel.open(file(user, deviceId), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.position(received);
                ByteBuffer buffer = ByteBuffer.wrap(part);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return received + part.length;
    }

    /** All of a photo's bytes, once they have all arrived. */
    public byte[] whole(String user, String deviceId, long total) {
        if (received(user, deviceId) != total) {
            throw new TranslatedException("kit.error.photo-incomplete");
        }
        try {
            return Files.readAllBytes(file(user, deviceId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(String user, String deviceId) {
        try {
            Files.deleteIfExists(file(user, deviceId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name no user or device id can steer outside the folder. */
    private Path file(String user, String deviceId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((user + "\n" + deviceId).getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash) + ".part");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
