package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.DisplayService;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.NowNext;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.QrCodes;
import org.jesr.desk.base.ui.LiveIndicator;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;

/**
 * "Now & Next" for a room screen or projector: no menu, no sign-in, and no scrolling, because
 * nobody scrolls a projector. The secret token in the address is the key; revoking it blanks the
 * screen. {@code ?room=<id>} shows one room in large type; without it, the rooms are shown a
 * page of {@value #PER_PAGE} at a time, turning every poll.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
class DisplayView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final int PER_PAGE = 4;
    /** Often enough for the clock and for a room page to be read; each poll is a few small reads. */
    static final int POLL_MILLIS = 20_000;

    private final DisplayService displays;
    private final LiveControlService live;
    private final ReviewService reviews;
    private final LiveUpdates updates;
    private final Clock clock;
    private final PublicUrls urls;
    private final H1 title = new H1();
    private final Span time = new Span();
    private final Span pageInfo = new Span();
    private final Div body = new Div();
    private final AnnouncementBanner banner = new AnnouncementBanner(1);
    private String token = "";
    private String baseUrl = "/";
    private @Nullable Long roomId;
    private int page;
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
        time.setId("display-clock");
        time.addClassName("display-clock");
        pageInfo.setId("display-page");
        pageInfo.addClassName("display-page");
        body.setId("now-next");
        body.addClassName("display-body");
        banner.addClassName("display-strip");
        // The clock moves "now" on even when nobody changes the agenda. Registered once: Vaadin reuses
        // this view when only the token changes, and a listener added per token would poll for each.
        addAttachListener(attach -> {
            attach.getUI().setPollInterval(POLL_MILLIS);
            var polling = attach.getUI().addPollListener(poll -> {
                if (shown != null) {
                    page++;
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
        this.page = 0;
        this.roomId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("room")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        removeAll();
        Review review = displays.reviewForToken(token).flatMap(reviews::find).orElse(null);
        shown = review;
        if (review == null) {
            add(new Paragraph(getTranslation("display.invalid")));
            return;
        }
        Div header = new Div(title, pageInfo, time, new LiveIndicator());
        header.addClassName("display-header");
        add(header, body, banner);
        updates.bind(this, AgendaChanged.class, review.id(), change -> refresh(review));
        refresh(review);
    }

    private void refresh(Review review) {
        if (displays.reviewForToken(token).isEmpty()) {
            removeAll();
            add(new Paragraph(getTranslation("display.invalid")));
            return;
        }
        Instant now = clock.instant();
        time.setText(Formats.time(now, review.zone(), getLocale()));
        banner.show(live.activeAnnouncements(review.id()), review.zone());
        List<NowNext> rooms = NowNext.of(displays.rooms(token), displays.publicSessions(token), now);
        body.removeAll();
        if (roomId != null) {
            showRoom(review, rooms, now);
        } else {
            showBoard(review, rooms, now);
        }
    }

    private void showRoom(Review review, List<NowNext> rooms, Instant now) {
        Optional<NowNext> room = rooms.stream()
                .filter(r -> r.room().getId() != null && r.room().getId().equals(roomId))
                .findFirst();
        pageInfo.setText("");
        if (room.isEmpty()) {
            title.setText(review.getName());
            body.add(new Paragraph(getTranslation("display.no-room")));
            return;
        }
        title.setText(getTranslation("display.room-title", room.get().room().getName()));
        DisplayTile tile = new DisplayTile(room.get(), review.zone(), now, session -> checkInCode(session.id()));
        tile.addClassName("display-single");
        body.add(tile);
    }

    private void showBoard(Review review, List<NowNext> rooms, Instant now) {
        title.setText(review.getName());
        int pages = Math.max(1, (rooms.size() + PER_PAGE - 1) / PER_PAGE);
        page = page % pages;
        int from = page * PER_PAGE;
        int to = Math.min(rooms.size(), from + PER_PAGE);
        pageInfo.setText(pages == 1 ? "" : getTranslation("display.page", from + 1, to, rooms.size()));
        Div board = new Div();
        board.addClassName("display-board");
        rooms.subList(from, to)
                .forEach(room ->
                        board.add(new DisplayTile(room, review.zone(), now, session -> checkInCode(session.id()))));
        body.add(board);
    }

    /** A session's check-in code, so people in the room can scan it from the screen. */
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
