package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.AttendanceStats;
import org.jesr.desk.agenda.DisplayService;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.base.ui.Tabbed;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The secretariat's control screen for the day: start, close, delay, move, cancel, announce. */
@Route("today")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 4, icon = "vaadin:flag", title = "nav.today")
class TodayView extends ReviewPage<Review> {

    private final AgendaService agenda;
    private final LiveControlService live;
    private final Div rows = new Div();
    private final AnnouncementBanner banner;
    private final Span attendanceSoFar = new Span();
    private final AttendanceService attendance;
    private DayPicker day;
    private final Clock clock;
    private boolean scrolled;

    TodayView(
            ReviewService reviews,
            AgendaService agenda,
            LiveControlService live,
            DisplayService displays,
            AttendanceService attendance,
            LiveUpdates updates,
            Clock clock) {
        super("nav.today", reviews.current());
        this.agenda = agenda;
        this.attendance = attendance;
        this.live = live;
        this.clock = clock;
        this.banner = new AnnouncementBanner(3, a -> {
            if (Actions.run(this, () -> live.withdraw(a.id()))) {
                refresh();
                Instant until = a.getExpiresAt();
                Notifications.undoable(this, getTranslation("announcement.withdrawn"), () -> {
                    live.reinstate(a.id(), until);
                    refresh();
                });
            }
        });
        if (noReview()) {
            return;
        }
        day = new DayPicker("today-day", agenda.days(review().id(), review().zone()), review().zone(), clock);
        day.addValueChangeListener(e -> refresh());
        rows.setId("today-sessions");
        rows.addClassName("room-column");
        attendanceSoFar.setId("review-attendance");
        // Room screens are set up once, before the day: their own tab, not below thirteen sessions.
        Tabbed tabs = new Tabbed("today-tabs");
        tabs.add(
                getTranslation("today.tab.sessions"),
                new Div(day, attendanceSoFar, banner, new AnnouncementForm(review().id(), live), rows));
        tabs.add(getTranslation("display.title"), new DisplayLinksPanel(review().id(), displays));
        add(tabs);
        updates.bind(this, AgendaChanged.class, review().id(), change -> refresh());
        refresh();
    }

    private void refresh() {
        banner.show(live.activeAnnouncements(review().id()), review().zone());
        AttendanceStats stats = attendance.forReview(review().id());
        attendanceSoFar.setText(AttendanceText.describe(this, "attendance.review", stats));
        rows.removeAll();
        List<Room> rooms = agenda.rooms(review().id());
        Map<Long, String> names = rooms.stream().collect(Collectors.toMap(Room::getId, Room::getName));
        Instant now = clock.instant();
        boolean today = now.atZone(review().zone()).toLocalDate().equals(day.getValue());
        Div nowLine = null;
        for (AgendaSession s : agenda.sessions(review().id(), review().zone(), AgendaFilter.day(day.getValue()))) {
            // The "now" line goes above the first session that has not ended: what runs and what is next.
            if (today && nowLine == null && s.getEnd().isAfter(now)) {
                nowLine =
                        new Div(new Span(getTranslation("today.now", Formats.time(now, review().zone(), getLocale()))));
                nowLine.setId("now-line");
                nowLine.addClassName("now-line");
                rows.add(nowLine);
            }
            rows.add(new LiveSessionRow(s, review().zone(), rooms, names, live, now, this::refresh));
        }
        if (nowLine != null && !scrolled) {
            // On opening, the screen starts at the running and next sessions, not at 8 a.m.
            nowLine.scrollIntoView();
            scrolled = true;
        }
    }
}
