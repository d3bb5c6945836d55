package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaPrintService;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionHighlights;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** The programme by day with each session's live status; what observers follow, read-only. */
@Route("agenda")
@PermitAll
@Menu(order = 2, icon = "vaadin:calendar", title = "nav.agenda")
class AgendaView extends ReviewPage<Review> {

    private final AgendaService agenda;
    private final LiveControlService live;
    private final Div list = new Div();
    private final AnnouncementBanner banner = new AnnouncementBanner(3);
    private AgendaFilters filters;
    private DayPicker day;
    private Map<Long, String> rooms = Map.of();
    private Map<Long, String> badges = Map.of();
    private final ObjectProvider<SessionHighlights> highlights;

    AgendaView(
            ReviewService reviews,
            AgendaService agenda,
            LiveControlService live,
            ThemeService themes,
            AgendaPrintService print,
            LiveUpdates updates,
            Clock clock,
            ObjectProvider<SessionHighlights> highlights) {
        super("nav.agenda", reviews.current());
        this.agenda = agenda;
        this.highlights = highlights;
        this.live = live;
        if (noReview()) {
            return;
        }
        long reviewId = review().id();
        rooms = agenda.rooms(reviewId).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        day = new DayPicker("agenda-day", agenda.days(reviewId, review().zone()), review().zone(), clock);
        day.addValueChangeListener(e -> refresh(null));
        filters = new AgendaFilters(() -> themes.list(reviewId), () -> agenda.rooms(reviewId), () -> refresh(null));

        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = print.pdf(review(), getLocale(), this::getTranslation);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "agenda.pdf", "application/pdf", bytes.length);
                }),
                getTranslation("agenda.pdf"));
        pdf.setId("agenda-pdf");
        pdf.addClassName("button-link");
        Div toolbar = new Div(day, filters, pdf);
        toolbar.addClassName("toolbar");
        list.setId("agenda-list");
        list.addClassName("room-column");
        add(banner, toolbar, list);
        updates.bind(this, AgendaChanged.class, reviewId, this::redraw);
        badges = badges();
        refresh(null);
    }

    /** A change redraws only what it can have changed; see the benchmark's fan-out figure. */
    private void redraw(AgendaChanged change) {
        if (change.announcementsOnly()) {
            banner.show(live.activeAnnouncements(review().id(), change), review().zone());
            return;
        }
        if (!change.liveStatusOnly()) {
            badges = badges();
        }
        refresh(change);
    }

    private Map<Long, String> badges() {
        Map<Long, String> badges = new HashMap<>();
        highlights
                .orderedStream()
                .forEach(h -> h.highlighted(review().id()).forEach(id -> badges.putIfAbsent(id, h.badgeKey())));
        return badges;
    }

    private void refresh(@Nullable AgendaChanged change) {
        banner.show(live.activeAnnouncements(review().id(), change), review().zone());
        list.removeAll();
        AgendaFilter filter = filters.on(day.getValue());
        agenda.programme(review().id(), review().zone(), filter, change).forEach(s -> {
            long id = s.id();
            SessionCard card = SessionCard.link(s, review().zone(), rooms);
            if (badges.containsKey(id)) {
                card.highlight(getTranslation(badges.get(id)));
            }
            list.add(card);
        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("agenda.empty")));
        }
    }
}
