package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AttendanceStats;

/** "12 present — Government: 7, Civil society: 5", leaving out constituencies with nobody. */
final class AttendanceText {

    private AttendanceText() {}

    static String describe(Component context, String totalKey, AttendanceStats stats) {
        String parts = stats.byConstituency().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> context.getTranslation(
                        "label.value", context.getTranslation(e.getKey().translationKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        String total = context.getTranslation(totalKey, stats.total());
        return parts.isEmpty() ? total : total + " — " + parts;
    }
}
