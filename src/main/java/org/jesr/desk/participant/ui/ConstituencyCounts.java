package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.participant.Constituency;

/** Head counts by constituency: the balance of voices a JSR is judged on. */
class ConstituencyCounts extends Div {

    ConstituencyCounts() {
        setId("constituency-counts");
        addClassName("counts");
    }

    void show(Map<Constituency, Long> counts) {
        removeAll();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        add(badge("count-total", getTranslation("participant.total"), total));
        counts.forEach((constituency, count) -> add(badge(
                "count-" + constituency.name().toLowerCase(Locale.ROOT),
                getTranslation(constituency.translationKey()),
                count)));
    }

    private Span badge(String id, String label, long count) {
        Span badge = new Span(getTranslation("label.value", label, count));
        badge.setId(id);
        badge.addClassName("count-badge");
        return badge;
    }
}
