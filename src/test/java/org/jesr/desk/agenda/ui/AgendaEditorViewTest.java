package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Set;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor warns about conflicts without blocking, and refuses only the impossible. */
@ChangesTheSample
class AgendaEditorViewTest extends KaribuTest {

    @BeforeEach
    void openTheEditorOnDayOne() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(AgendaEditorView.class);
    }

    @Test
    void a_double_booked_room_is_warned_about_and_the_session_is_saved_anyway() {
        newSession("Press briefing", SessionType.PLENARY, "2026-12-07T11:30", "2026-12-07T12:00");
        pickRoom("Indus Room");

        assertThat(warnings()).contains("The room is also booked for \"Working group: Access & Equity\" at that time.");
        _click(_get(Button.class, spec -> spec.withId("session-save")));

        _assertNone(SessionDialog.class);
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getId)
                .anySatisfy(id -> assertThat(id).hasValue("warning-notification"));
        assertThat(textOf("editor-rooms")).contains("Indus Room").contains("Press briefing");
    }

    @Test
    void deleting_a_session_asks_first_naming_it_and_deletes_only_when_confirmed() {
        newSession("Press briefing", SessionType.PLENARY, "2026-12-07T08:00", "2026-12-07T08:30");
        _click(_get(Button.class, spec -> spec.withId("session-save")));
        SessionCard card = _find(SessionCard.class).stream()
                .filter(c -> c.getElement().getProperty("innerHTML", "").contains("Press briefing"))
                .findFirst()
                .orElseThrow();
        _click(card);
        _click(_get(Button.class, spec -> spec.withId("session-delete")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Delete “Press briefing”?");
        assertThat(ConfirmDialogKt._getText(confirm)).endsWith("This cannot be undone.");
        assertThat(textOf("editor-rooms")).contains("Press briefing");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(textOf("editor-rooms")).doesNotContain("Press briefing");
    }

    @Test
    void a_person_expected_in_two_places_at_once_is_warned_about() {
        newSession("Meeting with the Minister", SessionType.SIDE_MEETING, "2026-12-07T11:00", "2026-12-07T11:45");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ParticipantRef> chairs =
                _get(MultiSelectComboBox.class, spec -> spec.withId("session-chairs"));
        ParticipantRef rapporteur = chairs.getListDataView()
                .getItems()
                .filter(p -> p.name().equals("Imran Soomro"))
                .findFirst()
                .orElseThrow();
        _setValue(chairs, Set.of(rapporteur));

        assertThat(warnings())
                .contains("Imran Soomro is also expected at \"Working group: Quality & Learning\" at that time.");
    }

    @Test
    void a_working_group_without_a_rapporteur_is_warned_about() {
        newSession(
                "Working group: Inclusive education",
                SessionType.WORKING_GROUP,
                "2026-12-07T17:00",
                "2026-12-07T18:00");

        assertThat(warnings()).contains("This session has no rapporteur.");
    }

    @Test
    void a_session_that_ends_before_it_starts_cannot_be_saved() {
        newSession("Backwards", SessionType.PLENARY, "2026-12-07T12:00", "2026-12-07T11:00");

        assertThat(warnings()).contains("The session ends before it starts.");
        _click(_get(Button.class, spec -> spec.withId("session-save")));

        assertThat(_find(SessionDialog.class)).hasSize(1);
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getId)
                .anySatisfy(id -> assertThat(id).hasValue("error-notification"));
    }

    private void newSession(String title, SessionType type, String start, String end) {
        _click(_get(Button.class, spec -> spec.withId("add-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title-field")), title);
        @SuppressWarnings("unchecked")
        Select<SessionType> typeField = _get(Select.class, spec -> spec.withId("session-type"));
        _setValue(typeField, type);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-start")), LocalDateTime.parse(start));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-end")), LocalDateTime.parse(end));
    }

    private void pickRoom(String name) {
        @SuppressWarnings("unchecked")
        ComboBox<Room> room = _get(ComboBox.class, spec -> spec.withId("session-room"));
        _setValue(
                room,
                room.getListDataView()
                        .getItems()
                        .filter(r -> r.getName().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    private static String warnings() {
        return textOf("session-warnings");
    }

    /** The text a person reads there, including session cards, whose lines are escaped markup. */
    static String textOf(String id) {
        StringBuilder text = new StringBuilder();
        collectText(
                _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id))
                        .getElement(),
                text);
        return text.toString();
    }

    private static void collectText(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
        }
        String markup = element.getProperty("innerHTML");
        if (markup != null) {
            text.append(' ').append(org.jsoup.Jsoup.parse(markup).text()).append(' ');
        }
        element.getChildren().forEach(child -> collectText(child, text));
    }
}
