package org.jesr.desk.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses uploaded files that carry script code: a JPEG with a script in its comment or XMP,
 * an SVG with an onload handler, an HTML page in disguise. Such a file is harmless while we serve
 * it as a download, but a copy opened elsewhere, or a future inline preview, should not run it.
 * The scan reads the raw bytes (metadata is stored uncompressed in images).
 */
public final class ScriptScan {

    private static final List<String> MARKERS = List.of(
            "<script",
            "javascript:",
            "<?php",
            "onerror=",
            "onload=",
            "<iframe",
            "<body",
            "<html",
            "<svg",
            "<object",
            "<embed");
    /**
     * Any HTML event handler attribute ({@code onpageshow=}, {@code onmouseover =}...), as a polyglot
     * file hides one: inside a tag, that is after a {@code <} and a letter with no other {@code <}
     * between (a quoted {@code >} does not end a tag). Outside a tag "online = 34" is just a report.
     */
    private static final Pattern HANDLER = Pattern.compile("<[a-z][^<]{0,4096}?[\\s\"'/]on[a-z]{4,24}\\s*=");

    private ScriptScan() {}

    public static void requireNoScript(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so offsets and binary content survive as they are.
        String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                throw new TranslatedException("upload.error.script");
            }
        }
        if (HANDLER.matcher(text).find()) {
            throw new TranslatedException("upload.error.script");
        }
    }
}
