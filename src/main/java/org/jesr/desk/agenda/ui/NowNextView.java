package org.jesr.desk.agenda.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;

/** "Now & Next" for every room, kept current by push and a minute-by-minute refresh. */
@Route("now")
@PermitAll
@Menu(order = 1, icon = "vaadin:clock", title = "nav.now")
class NowNextView extends ReviewPage<Review> {

    private final AgendaService agenda;
    private final LiveControlService live;
    private final Clock clock;
    private final NowNextPanel panel = new NowNextPanel();
    private final AnnouncementBanner banner = new AnnouncementBanner(3);

    NowNextView(
            ReviewService reviews, AgendaService agenda, LiveControlService live, LiveUpdates updates, Clock clock) {
        super("nav.now", reviews.current());
        this.agenda = agenda;
        this.live = live;
        this.clock = clock;
        // A read-only page that scrolls: focusable, so it can be scrolled from the keyboard (WCAG 2.1.1).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("nav.now"));
        if (noReview()) {
            return;
        }
        add(banner, panel);
        updates.bind(this, AgendaChanged.class, review().id(), change -> refresh());
        // Minutes left change with the clock, not only with organizers' actions.
        addAttachListener(attach -> {
            attach.getUI().setPollInterval(60_000);
            var polling = attach.getUI().addPollListener(poll -> refresh());
            addDetachListener(detach -> {
                detach.getUI().setPollInterval(-1);
                polling.remove();
                detach.unregisterListener();
            });
        });
        refresh();
    }

    private void refresh() {
        banner.show(live.activeAnnouncements(review().id()), review().zone());
        panel.show(
                NowNext.of(
                        agenda.rooms(review().id()),
                        agenda.sessions(review().id(), review().zone(), AgendaFilter.day(null)),
                        clock.instant()),
                review().zone(),
                true);
    }
}
