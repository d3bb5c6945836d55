package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jesr.desk.agenda.Announcement;

/** The secretariat's current announcements, urgent ones first in red. */
class AnnouncementBanner extends Div {

    AnnouncementBanner() {
        setId("announcements");
    }

    void show(List<Announcement> announcements) {
        removeAll();
        announcements.stream()
                .sorted((a, b) -> b.getSeverity().compareTo(a.getSeverity()))
                .forEach(a -> {
                    Div line = new Div(a.getMessage());
                    line.addClassName("announcement");
                    line.getElement()
                            .setAttribute("data-severity", a.getSeverity().name());
                    add(line);
                });
    }
}
