package org.jesr.desk.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.review.Review;

/**
 * The top of the Overview: for this person, today, what runs, what is late and what they owe, each
 * line a link to the screen that deals with it. The lines come from the features ({@link DayGlance}).
 */
class DayAtAGlance extends Div {

    DayAtAGlance(Review review, List<DayGlance> glances) {
        setId("day-at-a-glance");
        addClassName("glance");
        add(new H2(getTranslation("glance.title")));
        glances.stream()
                .sorted(Comparator.comparingInt(DayGlance::order))
                .flatMap(g -> g.lines(review.id(), review.zone(), getLocale(), this::getTranslation).stream())
                .forEach(line -> {
                    Div row = new Div();
                    row.setId("glance-" + line.id());
                    row.addClassName("glance-line");
                    row.getElement().setAttribute("data-alert", String.valueOf(line.alert()));
                    if (line.route().isEmpty()) {
                        row.add(new Span(line.text()));
                    } else {
                        row.add(new Anchor(line.route(), line.text()));
                    }
                    add(row);
                });
    }
}
