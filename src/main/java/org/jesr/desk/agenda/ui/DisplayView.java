package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.DisplayService;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.base.QrCodes;
import org.jesr.desk.base.ui.LiveIndicator;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;

/**
 * Full-screen "Now & Next" for a room screen or projector: large type, no menu, no
 * sign-in. The secret token in the address is the key; revoking it blanks the screen.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
class DisplayView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final DisplayService displays;
    private final LiveControlService live;
    private final ReviewService reviews;
    private final LiveUpdates updates;
    private final Clock clock;
    private final PublicUrls urls;
    private final NowNextPanel panel = new NowNextPanel();
    private final AnnouncementBanner banner = new AnnouncementBanner(1);
    private String token = "";
    private String baseUrl = "/";
    private @Nullable Review shown;

    DisplayView(
            DisplayService displays,
            LiveControlService live,
            ReviewService reviews,
            LiveUpdates updates,
            Clock clock,
            PublicUrls urls) {
        this.urls = urls;
        this.displays = displays;
        this.live = live;
        this.reviews = reviews;
        this.updates = updates;
        this.clock = clock;
        addClassName("display-screen");
        setId("display");
        // The clock moves "now" on even when nobody changes the agenda. Registered once: Vaadin reuses
        // this view when only the token changes, and a listener added per token would poll for each.
        addAttachListener(attach -> {
            attach.getUI().setPollInterval(60_000);
            var polling = attach.getUI().addPollListener(poll -> {
                if (shown != null) {
                    refresh(shown);
                }
            });
            addDetachListener(detach -> {
                detach.getUI().setPollInterval(-1);
                polling.remove();
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        this.baseUrl = urls.absolute("");
        removeAll();
        Review review = displays.reviewForToken(token).flatMap(reviews::find).orElse(null);
        shown = review;
        if (review == null) {
            add(new Paragraph(getTranslation("display.invalid")));
            return;
        }
        add(new H1(review.getName()), new LiveIndicator(), banner, panel);
        updates.bind(this, AgendaChanged.class, review.id(), change -> refresh(review));
        refresh(review);
    }

    private void refresh(Review review) {
        if (displays.reviewForToken(token).isEmpty()) {
            removeAll();
            add(new Paragraph(getTranslation("display.invalid")));
            return;
        }
        banner.show(live.activeAnnouncements(review.id()), review.zone());
        panel.show(
                NowNext.of(displays.rooms(token), displays.publicSessions(token), clock.instant()),
                review.zone(),
                false,
                session -> checkInCode(session.id()));
    }

    /** The running session's check-in code, so people in the room can scan it from the screen. */
    private Html checkInCode(long sessionId) {
        Html code = new Html(
                "<div class=\"checkin-code\">" + QrCodes.svg(baseUrl + "checkin/" + sessionId, 160) + "</div>");
        code.setId("checkin-qr-" + sessionId);
        return code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.now");
    }
}
