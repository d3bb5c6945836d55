package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.base.Translator;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.FollowUpStatus;

/** Completed against agreed, by theme, for what the register shows. */
final class FollowUpSummary {

    private FollowUpSummary() {}

    static void fill(Div summary, List<Accountable> rows, List<Theme> themes, Translator t) {
        summary.removeAll();
        Map<Long, String> names = themes.stream().collect(Collectors.toMap(Theme::id, Theme::getName));
        Map<String, List<Accountable>> byTheme = rows.stream()
                .collect(Collectors.groupingBy(
                        a -> {
                            Long id = a.recommendation().getThemeId();
                            return id == null
                                    ? t.t("follow-up.no-theme")
                                    : names.getOrDefault(id, t.t("follow-up.no-theme"));
                        },
                        TreeMap::new,
                        Collectors.toList()));
        byTheme.forEach((name, inTheme) -> {
            long total = inTheme.size();
            long done = inTheme.stream()
                    .filter(a -> a.status() == FollowUpStatus.COMPLETED)
                    .count();
            summary.add(new Div(t.t("follow-up.share", name, done, total, Math.round(100.0 * done / total))));
        });
    }
}
