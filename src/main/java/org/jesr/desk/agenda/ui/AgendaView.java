package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaPrintService;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionHighlights;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;

/** The programme by day with each session's live status; what observers follow, read-only. */
@Route("agenda")
@PermitAll
@Menu(order = 2, icon = "vaadin:calendar", title = "nav.agenda")
class AgendaView extends Main implements HasDynamicTitle {

    private final AgendaService agenda;
    private final LiveControlService live;
    private final Div list = new Div();
    private final AnnouncementBanner banner = new AnnouncementBanner();
    private final ComboBox<SessionType> type = new ComboBox<>();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<Room> room = new ComboBox<>();
    private DayPicker day;
    private Review review;
    private Map<Long, String> rooms = Map.of();
    private final org.springframework.beans.factory.ObjectProvider<SessionHighlights> highlights;

    AgendaView(ReviewService reviews, AgendaService agenda, LiveControlService live, ThemeService themes,
               AgendaPrintService print, LiveUpdates updates, Clock clock,
               org.springframework.beans.factory.ObjectProvider<SessionHighlights> highlights) {
        this.agenda = agenda;
        this.highlights = highlights;
        this.live = live;
        addClassName("page");
        review = reviews.current().orElse(null);
        if (review == null) {
            add(new Paragraph(getTranslation("review.none")));
            return;
        }
        long reviewId = review.getId();
        rooms = agenda.rooms(reviewId).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        day = new DayPicker("agenda-day", agenda.days(reviewId, review.zone()), review.zone(), clock);
        type.setId("filter-type");
        type.setPlaceholder(getTranslation("agenda.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        theme.setId("filter-theme");
        theme.setPlaceholder(getTranslation("agenda.theme"));
        theme.setItems(themes.list(reviewId));
        theme.setItemLabelGenerator(Theme::getName);
        room.setId("filter-room");
        room.setPlaceholder(getTranslation("agenda.room"));
        room.setItems(agenda.rooms(reviewId));
        room.setItemLabelGenerator(Room::getName);
        for (var field : java.util.List.of(type, theme, room)) {
            field.setClearButtonVisible(true);
        }
        day.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        room.addValueChangeListener(e -> refresh());

        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = print.pdf(review, getLocale(), this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "agenda.pdf", "application/pdf", bytes.length);
        }), getTranslation("agenda.pdf"));
        pdf.setId("agenda-pdf");
        pdf.addClassName("button-link");
        Div filters = new Div(day, type, theme, room, pdf);
        filters.addClassName("toolbar");
        list.setId("agenda-list");
        list.addClassName("room-column");
        add(banner, filters, list);
        updates.bind(this, AgendaChanged.class, reviewId, change -> refresh());
        refresh();
    }

    private void refresh() {
        banner.show(live.activeAnnouncements(review.getId()));
        list.removeAll();
        AgendaFilter filter = new AgendaFilter(day.getValue(), type.getValue(),
                theme.getValue() == null ? null : theme.getValue().getId(), room.getValue() == null ? null : room.getValue().getId());
        Map<Long, String> badges = new java.util.HashMap<>();
        highlights.orderedStream().forEach(h -> h.highlighted(review.getId()).forEach(id -> badges.putIfAbsent(id, h.badgeKey())));
        agenda.sessions(review.getId(), review.zone(), filter).forEach(s -> {
            SessionCard card = new SessionCard(s, review.zone(), rooms, () -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, s.getId())));
            if (badges.containsKey(s.getId())) {
                card.highlight(getTranslation(badges.get(s.getId())));
            }
            list.add(card);
        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("agenda.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agenda");
    }
}
