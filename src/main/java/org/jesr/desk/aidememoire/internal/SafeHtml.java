package org.jesr.desk.aidememoire.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The only HTML an aide-memoire paragraph may hold: bold, italics, underline, line breaks
 * and lists. Everything else, scripts and event attributes first, is removed on the server
 * before it is stored, so every output (screen, PDF, Word) can trust what it reads.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED =
            Safelist.none().addTags("b", "strong", "i", "em", "u", "br", "ul", "ol", "li", "sub", "sup");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeHtml() {}

    public static String clean(String html) {
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /** Text from the data (names, titles, notes) as inert HTML. */
    public static String escape(String text) {
        return Entities.escape(text);
    }
}
