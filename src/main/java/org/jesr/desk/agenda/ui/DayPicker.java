package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jesr.desk.base.Formats;

/** Chooses a day of the review; opens on today when the review is running, else on its first day. */
class DayPicker extends Select<LocalDate> {

    DayPicker(String id, List<LocalDate> days, ZoneId zone, Clock clock) {
        setId(id);
        setAriaLabel(getTranslation("agenda.day"));
        setItems(days);
        setItemLabelGenerator(day -> Formats.weekdayDate(day, getLocale()));
        // Wide enough for "mercredi 9 décembre 2026" in full: the trial saw "lundi 7 décembre 20…".
        setMinWidth("19em");
        setMaxWidth("100%");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!days.isEmpty()) {
            setValue(days.contains(today) ? today : days.getFirst());
        }
    }
}
