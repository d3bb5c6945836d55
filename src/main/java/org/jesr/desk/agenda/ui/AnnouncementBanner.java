package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jesr.desk.agenda.Announcement;
import org.jesr.desk.base.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's newest announcements, each with its time and author, urgent ones in red. Five
 * stacked banners took 40 % of a room screen (issue 21): a screen shows its newest few, a room display
 * one. The control screen adds a Withdraw button to each.
 */
class AnnouncementBanner extends Div {

    private final int shown;
    private final @Nullable Consumer<Announcement> withdraw;

    AnnouncementBanner(int shown) {
        this(shown, null);
    }

    AnnouncementBanner(int shown, @Nullable Consumer<Announcement> withdraw) {
        this.shown = shown;
        this.withdraw = withdraw;
        setId("announcements");
    }

    void show(List<Announcement> announcements, ZoneId zone) {
        removeAll();
        announcements.stream()
                .sorted(Comparator.comparing(Announcement::getCreatedAt)
                        .thenComparing(Announcement::id)
                        .reversed())
                .limit(shown)
                .forEach(a -> {
                    Span meta = new Span(
                            a.getAuthor() == null
                                    ? Formats.time(a.getCreatedAt(), zone, getLocale())
                                    : getTranslation(
                                            "announcement.meta",
                                            Formats.time(a.getCreatedAt(), zone, getLocale()),
                                            a.getAuthor()));
                    meta.addClassName("meta");
                    Div line = new Div(new Span(a.getMessage()), meta);
                    line.addClassName("announcement");
                    line.setId("announcement-" + a.getId());
                    line.getElement()
                            .setAttribute("data-severity", a.getSeverity().name());
                    if (withdraw != null) {
                        Button button = new Button(getTranslation("announcement.withdraw"), e -> withdraw.accept(a));
                        button.setId("withdraw-" + a.getId());
                        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        line.add(button);
                    }
                    add(line);
                });
    }
}
