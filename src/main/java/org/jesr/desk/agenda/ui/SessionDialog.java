package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AgendaWarning;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.participant.ParticipantRef;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a session. The editor's warnings (double-booked room, a person in two
 * places, no rapporteur) update as the organizer types and never block the save.
 */
class SessionDialog extends Dialog {

    record Choices(List<Room> rooms, List<Theme> themes, List<ParticipantRef> people, ZoneId zone) {}

    private final Binder<AgendaSession> binder = new Binder<>(AgendaSession.class);
    private final Div warnings = new Div();
    private final AgendaSession session;

    SessionDialog(
            AgendaSession session,
            Choices choices,
            Function<AgendaSession, List<AgendaWarning>> check,
            Predicate<AgendaSession> onSave) {
        this.session = session;
        setId("session-dialog");
        setHeaderTitle(getTranslation(session.isNew() ? "agenda.add" : "agenda.edit"));
        TextField title = new TextField(getTranslation("agenda.title"));
        title.setId("session-title-field");
        title.setMaxLength(AgendaSession.TITLE_MAX);
        Select<SessionType> type = new Select<>();
        type.setId("session-type");
        type.setLabel(getTranslation("agenda.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        DateTimePicker start = ComponentTexts.localize(new DateTimePicker(getTranslation("agenda.start")));
        start.setId("session-start");
        DateTimePicker end = ComponentTexts.localize(new DateTimePicker(getTranslation("agenda.end")));
        end.setId("session-end");
        ComboBox<Room> room = new ComboBox<>(getTranslation("agenda.room"));
        room.setId("session-room");
        room.setItems(choices.rooms());
        room.setItemLabelGenerator(Room::getName);
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("agenda.theme"));
        theme.setId("session-theme");
        theme.setItems(choices.themes());
        theme.setItemLabelGenerator(Theme::getName);
        Select<Visibility> visibility = new Select<>();
        visibility.setId("session-visibility");
        visibility.setLabel(getTranslation("agenda.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.translationKey()));
        MultiSelectComboBox<ParticipantRef> chairs = people("session-chairs", "person-role.chair", choices.people());
        MultiSelectComboBox<ParticipantRef> rapporteurs =
                people("session-rapporteurs", "person-role.rapporteur", choices.people());
        MultiSelectComboBox<ParticipantRef> members = people("session-members", "person-role.member", choices.people());
        TextArea description = new TextArea(getTranslation("agenda.description"));
        description.setId("session-description");
        description.setMaxLength(AgendaSession.TEXT_MAX);
        TextArea documents = new TextArea(getTranslation("agenda.documents"));
        documents.setId("session-documents-field");
        documents.setMaxLength(AgendaSession.TEXT_MAX);
        documents.setHelperText(getTranslation("agenda.documents-help"));

        ZoneId zone = choices.zone();
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .bind(AgendaSession::getTitle, AgendaSession::setTitle);
        binder.forField(type).bind(AgendaSession::getType, AgendaSession::setType);
        binder.forField(start)
                .asRequired(getTranslation("validation.required"))
                .bind(
                        s -> s.getStart().atZone(zone).toLocalDateTime(),
                        (s, v) -> s.setStart(v.atZone(zone).toInstant()));
        binder.forField(end)
                .asRequired(getTranslation("validation.required"))
                .bind(
                        s -> s.getEnd().atZone(zone).toLocalDateTime(),
                        (s, v) -> s.setEnd(v.atZone(zone).toInstant()));
        binder.forField(room)
                .bind(
                        s -> find(choices.rooms(), s.getRoomId(), Room::getId),
                        (s, v) -> s.setRoomId(v == null ? null : v.getId()));
        binder.forField(theme)
                .bind(
                        s -> find(choices.themes(), s.getThemeId(), Theme::getId),
                        (s, v) -> s.setThemeId(v == null ? null : v.getId()));
        binder.forField(visibility).bind(AgendaSession::getVisibility, AgendaSession::setVisibility);
        binder.forField(description)
                .withNullRepresentation("")
                .bind(AgendaSession::getDescription, AgendaSession::setDescription);
        binder.forField(documents)
                .withNullRepresentation("")
                .bind(AgendaSession::getDocumentLinks, AgendaSession::setDocumentLinks);
        binder.setBean(session);
        chairs.setValue(selected(choices.people(), PersonRole.CHAIR));
        rapporteurs.setValue(selected(choices.people(), PersonRole.RAPPORTEUR));
        members.setValue(selected(choices.people(), PersonRole.MEMBER));
        Runnable people =
                () -> session.setPeople(peopleOf(chairs.getValue(), rapporteurs.getValue(), members.getValue()));
        for (var field : List.of(chairs, rapporteurs, members)) {
            field.addValueChangeListener(e -> {
                people.run();
                showWarnings(check.apply(session));
            });
        }
        binder.addValueChangeListener(e -> showWarnings(check.apply(session)));

        warnings.setId("session-warnings");
        warnings.addClassName("warnings");
        FormLayout form = new FormLayout(
                title, type, start, end, room, theme, visibility, chairs, rapporteurs, members, description, documents);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(warnings, form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.validate().isOk() && onSave.test(session)) {
                close();
            }
        });
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        showWarnings(check.apply(session));
    }

    /** Extra actions for an existing session, such as duplicate and delete. */
    void addAction(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            action.run();
            close();
        });
        button.setId(id);
        getFooter().addComponentAsFirst(button);
    }

    private MultiSelectComboBox<ParticipantRef> people(String id, String labelKey, List<ParticipantRef> everyone) {
        MultiSelectComboBox<ParticipantRef> box =
                ComponentTexts.localize(new MultiSelectComboBox<>(getTranslation(labelKey)));
        box.setId(id);
        box.setItems(everyone);
        box.setItemLabelGenerator(p -> p.name() + " (" + p.organization() + ")");
        return box;
    }

    private Set<ParticipantRef> selected(List<ParticipantRef> everyone, PersonRole role) {
        Set<Long> ids = session.getPeople().stream()
                .filter(p -> p.role() == role)
                .map(SessionPerson::participantId)
                .collect(Collectors.toSet());
        return everyone.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<SessionPerson> peopleOf(
            Set<ParticipantRef> chairs, Set<ParticipantRef> rapporteurs, Set<ParticipantRef> members) {
        Set<SessionPerson> people = new LinkedHashSet<>();
        chairs.forEach(p -> people.add(new SessionPerson(p.id(), PersonRole.CHAIR)));
        rapporteurs.forEach(p -> people.add(new SessionPerson(p.id(), PersonRole.RAPPORTEUR)));
        members.forEach(p -> people.add(new SessionPerson(p.id(), PersonRole.MEMBER)));
        return people;
    }

    private static <T> @Nullable T find(List<T> items, @Nullable Long id, Function<T, @Nullable Long> idOf) {
        return id == null
                ? null
                : items.stream()
                        .filter(i -> id.equals(idOf.apply(i)))
                        .findFirst()
                        .orElse(null);
    }

    private void showWarnings(List<AgendaWarning> list) {
        warnings.removeAll();
        for (AgendaWarning warning : list) {
            Div line =
                    new Div("⚠ " + getTranslation(warning.key(), warning.args().toArray()));
            if (warning.blocking()) {
                line.addClassName("blocking");
            }
            warnings.add(line);
        }
    }
}
