package org.jesr.desk.aidememoire.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pack's key messages when the organizers wrote none. Taking the first findings gave a minister
 * four findings of one working group (issue 21); this takes the first finding of each source (the
 * session named in bold before it), in the aide-memoire's order.
 */
public final class KeyMessages {

    private KeyMessages() {}

    /** @param findings the findings section's paragraphs, as HTML ("<b>Working group: Access.</b> …") */
    public static List<String> onePerSource(List<String> findings, int max) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String html : findings) {
            Document paragraph = Jsoup.parseBodyFragment(html);
            Element source = paragraph.selectFirst("b");
            String text = paragraph.text();
            first.putIfAbsent(source == null ? text : source.text(), text);
        }
        return first.values().stream().limit(max).toList();
    }
}
