package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SaveResult;
import org.jesr.desk.agenda.SessionSummary;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The organizer's editor: one day with its rooms side by side. */
@Route("agenda/edit")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 6, icon = "vaadin:edit", title = "nav.agenda-editor")
class AgendaEditorView extends ReviewPage<Review> {

    private final AgendaService agenda;
    private final ThemeService themes;
    private final ParticipantService participants;
    private final Div columns = new Div();
    private final Paragraph empty = new Paragraph();
    private DayPicker day;

    AgendaEditorView(
            ReviewService reviews,
            AgendaService agenda,
            ThemeService themes,
            ParticipantService participants,
            Clock clock) {
        super("nav.agenda-editor", reviews.current());
        this.agenda = agenda;
        this.themes = themes;
        this.participants = participants;
        if (noReview()) {
            return;
        }
        List<LocalDate> days =
                review().startDate().datesUntil(review().endDate().plusDays(1)).toList();
        day = new DayPicker("editor-day", days, review().zone(), clock);
        day.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("agenda.add"), VaadinIcon.PLUS.create(), e -> edit(newSession()));
        add.setId("add-session");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField roomName = new TextField();
        roomName.setId("new-room");
        roomName.setPlaceholder(getTranslation("agenda.new-room"));
        Button addRoom = new Button(getTranslation("agenda.add-room"), e -> {
            Room room = new Room();
            room.setReviewId(review().id());
            room.setName(roomName.getValue().trim());
            room.setSortOrder(agenda.rooms(review().id()).size());
            save(() -> agenda.saveRoom(room));
            roomName.clear();
        });
        addRoom.setId("add-room");
        Button importProgramme = new Button(
                getTranslation("agenda.import"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(ProgrammeImport.spec(agenda, review()), this::refresh).open());
        importProgramme.setId("import-programme");
        Div bar = new Div(day, add, importProgramme, roomName, addRoom);
        bar.addClassName("toolbar");
        columns.setId("editor-rooms");
        columns.addClassName("room-columns");
        empty.setId("editor-empty");
        add(bar, empty, columns);
        refresh();
    }

    private void refresh() {
        columns.removeAll();
        List<Room> rooms = agenda.rooms(review().id());
        Map<Long, String> names = rooms.stream().collect(Collectors.toMap(Room::getId, Room::getName));
        List<AgendaSession> sessions =
                agenda.sessions(review().id(), review().zone(), AgendaFilter.day(day.getValue()));
        for (Room room : rooms) {
            columns.add(column(
                    "editor-room-" + room.getId(),
                    room.getName(),
                    sessions.stream()
                            .filter(s -> room.id().equals(s.getRoomId()))
                            .toList(),
                    names));
        }
        List<AgendaSession> elsewhere =
                sessions.stream().filter(s -> s.getRoomId() == null).toList();
        if (!elsewhere.isEmpty()) {
            columns.add(column("editor-room-none", getTranslation("agenda.no-room"), elsewhere, names));
        }
        empty.setVisible(sessions.isEmpty());
        if (sessions.isEmpty()) {
            empty.setText(
                    agenda.sessions(review().id(), review().zone(), AgendaFilter.day(null))
                                    .isEmpty()
                            ? EmptyList.say(
                                    this,
                                    false,
                                    "agenda.editor-empty",
                                    "agenda.import",
                                    "agenda.add-room",
                                    "agenda.add")
                            : EmptyList.say(this, false, "agenda.editor-day-empty", "agenda.add"));
        }
    }

    private Div column(String id, String heading, List<AgendaSession> sessions, Map<Long, String> names) {
        Div column = new Div(new H3(heading));
        column.setId(id);
        column.addClassName("room-column");
        sessions.forEach(s -> column.add(new SessionCard(SessionSummary.of(s), review().zone(), names, () -> edit(s))));
        return column;
    }

    private AgendaSession newSession() {
        AgendaSession session = new AgendaSession();
        session.setReviewId(review().id());
        LocalDate date = Objects.requireNonNullElse(day.getValue(), review().getStartDate());
        session.setStart(date.atTime(LocalTime.of(9, 0)).atZone(review().zone()).toInstant());
        session.setEnd(date.atTime(LocalTime.of(10, 0)).atZone(review().zone()).toInstant());
        return session;
    }

    private void edit(AgendaSession session) {
        var choices = new SessionDialog.Choices(
                agenda.rooms(review().id()),
                themes.choices(review().id()),
                participants.refs(review().id()),
                review().zone());
        SessionDialog dialog = new SessionDialog(session, choices, agenda::check, s -> save(() -> agenda.save(s)));
        if (!session.isNew()) {
            dialog.addAction("session-duplicate", "agenda.duplicate", () -> save(() -> agenda.duplicate(session.id())));
            dialog.addAction(
                    "session-delete",
                    "agenda.delete",
                    () -> Confirm.ask(
                            "agenda.delete-title",
                            "agenda.delete-text",
                            "agenda.delete",
                            () -> save(() -> {
                                agenda.delete(session.id());
                                return null;
                            }),
                            session.getTitle()));
        }
        dialog.open();
    }

    private boolean save(Supplier<?> action) {
        return Actions.run(this, () -> {
            Object result = action.get();
            if (result instanceof SaveResult saved && !saved.warnings().isEmpty()) {
                Notifications.warning(
                        this,
                        saved.warnings().stream()
                                .map(w -> getTranslation(w.key(), w.args().toArray()))
                                .collect(Collectors.joining("; ")));
            }
            refresh();
        });
    }
}
